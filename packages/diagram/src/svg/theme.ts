/**
 * The diagram's colours, as CSS custom properties (`--jm-<name>`) with a light and a dark set of defaults.
 * A host such as the VS Code preview can set the properties to follow its own theme.
 */
export type ThemeName = 'light' | 'dark';

export const themes = {
    light: {
        'bg': '#ffffff',
        'text': '#1f2328',
        'muted': '#59636e',
        'grid': '#d1d9e0',
        'column-a': '#f6f8fa',
        'column-b': '#ffffff',
        'column-line': '#d1d9e0',
        'stage-band': '#24466b',
        'stage-text': '#ffffff',
        'substage-band': '#dbe7f3',
        'substage-text': '#1b3a5c',
        'lane-band': '#eef1f4',
        'card-bg': '#ffffff',
        'card-border': '#8c959f',
        'backstage-bg': '#eef1f4',
        'moment': '#b35900',
        'edge': '#6e7781',
        'label-bg': '#ffffff',
        'drop': '#cf222e',
        'drop-bg': '#ffebe9',
        'persona-1': '#0969da',
        'persona-2': '#8250df',
        'persona-3': '#1a7f37',
        'persona-4': '#bc4c00',
        'abandon': '#cf222e',
        'abandon-bg': '#ffebe9',
        'workaround': '#9a6700',
        'workaround-bg': '#fff8c5',
        'trivial': '#57606a',
        'trivial-bg': '#f6f8fa',
        'opportunity-bg': '#dafbe1',
        'opportunity': '#1a7f37',
        'met': '#1a7f37',
        'off-target': '#cf222e',
        'no-data': '#8c959f',
        'quote': '#0550ae',
        'blueprint': '#6639ba'
    },
    dark: {
        'bg': '#0d1117',
        'text': '#e6edf3',
        'muted': '#9198a1',
        'grid': '#3d444d',
        'column-a': '#151b23',
        'column-b': '#0d1117',
        'column-line': '#3d444d',
        'stage-band': '#1f3a5a',
        'stage-text': '#e6edf3',
        'substage-band': '#1b2b3d',
        'substage-text': '#c9dcf0',
        'lane-band': '#151b23',
        'card-bg': '#1c2129',
        'card-border': '#656c76',
        'backstage-bg': '#262c36',
        'moment': '#f0883e',
        'edge': '#9198a1',
        'label-bg': '#0d1117',
        'drop': '#ff7b72',
        'drop-bg': '#3c1618',
        'persona-1': '#4493f8',
        'persona-2': '#ab7df8',
        'persona-3': '#3fb950',
        'persona-4': '#f0883e',
        'abandon': '#ff7b72',
        'abandon-bg': '#3c1618',
        'workaround': '#d29922',
        'workaround-bg': '#3a2d0e',
        'trivial': '#9198a1',
        'trivial-bg': '#1c2129',
        'opportunity-bg': '#12301c',
        'opportunity': '#3fb950',
        'met': '#3fb950',
        'off-target': '#ff7b72',
        'no-data': '#656c76',
        'quote': '#79c0ff',
        'blueprint': '#bc8cff'
    }
} as const satisfies Record<ThemeName, Record<string, string>>;

export type ColourToken = keyof typeof themes.light;

/** How many persona colours there are; further personas reuse them in turn. */
export const personaColours = 4;

export function personaToken(index: number): ColourToken {
    return `persona-${(index % personaColours) + 1}` as ColourToken;
}
