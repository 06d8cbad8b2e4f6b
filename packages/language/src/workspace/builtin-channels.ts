import { URI } from 'langium';

/**
 * The channels every workspace knows without declaring them. They live in a document of their own, so that
 * they resolve, complete and hover exactly like channels a project declares.
 */
export const BUILTIN_CHANNELS_URI = 'builtin:///channels.journey';

export const builtinChannelsText = `// Channels built into Journey Maps. Declare your own with: channel Kiosk "In-store kiosk" physical
channel web "Website" digital
channel app "Mobile app" digital
channel email "Email" digital
channel social "Social media" digital
channel ads "Advertising" digital
channel search "Search engine" digital
channel phone "Phone" physical
channel chat "Chat" digital
channel sms "SMS" digital
channel store "Store" physical
channel post "Post" physical
channel courier "Courier" physical
channel review-site "Review site" digital
channel marketplace "Marketplace" digital
channel in-person "In person" physical
`;

const builtinUri = URI.parse(BUILTIN_CHANNELS_URI).toString();

export function isBuiltinUri(uri: URI | string): boolean {
    return (typeof uri === 'string' ? URI.parse(uri) : uri).toString() === builtinUri;
}
