/** The kinds of map `journey init` can start, each a complete map that `journey check` passes. */
export const templateKinds = ['current-state', 'future-state', 'day-in-the-life', 'service-blueprint'] as const;
export type TemplateKind = (typeof templateKinds)[number];

export interface StarterNames {
    /** The journey's name (a valid name) and title. */
    readonly journey: string;
    readonly title: string;
    readonly persona: string;
    readonly team: string;
    /** YYYY-MM-DD */
    readonly today: string;
}

/** The shared file `journey init` writes when the folder has none: the persona and team the starter uses. */
export function sharedStarter(names: Pick<StarterNames, 'persona' | 'team'>): string {
    return `// shared.journey: personas, segments, teams and channels, declared once for every map in this folder.

persona ${names.persona} "${names.persona}" {
  description "Who they are, in one sentence"
  goal "What they want to get done"
  frustration "What gets in their way"
}

team ${names.team} "${names.team}"
`;
}

/** A commented starter map of the given kind. */
export function starterMap(kind: TemplateKind, n: StarterNames): string {
    const header = `// ${n.journey}.journey: a ${kind} journey map. Replace the placeholders, then run: npx journey check

journey ${n.journey} "${n.title}" {
  kind ${kind}
  goal "What this map is for, e.g. find where first-time buyers give up"
  owner ${n.team}
  personas ${n.persona}
  // When the map was last checked against reality, and how often it must be again.
  reviewed ${n.today} every quarter
  evidence assumed
`;
    return header + bodies[kind](n) + '}\n';
}

const bodies: Record<TemplateKind, (n: StarterNames) => string> = {
    'current-state': n => `
  stage Discover "Discover" {
    goal "Find out that a solution exists"
    touchpoint Ad "Sees an ad" {
      channel social
      does "Scrolls past an ad and stops"
      feels ${n.persona} +1 "curious"
    }
  }
  stage Buy "Buy" {
    goal "Get it with little effort"
    touchpoint Checkout "Checkout" {
      channel web
      owner ${n.team}
      feels ${n.persona} -1 "anxious"
    }
  }

  // The path people actually take, with the share that goes each way.
  flow ${n.persona} {
    Ad -> Checkout 20% "clicks through"
    Checkout -> drop 60% "gives up"
  }

  metric ClickThrough "Click-through rate" at Discover { unit % current 1 target 2 better higher }
  metric Conversion "Checkout conversion" at Buy { unit % current 40 target 50 better higher }

  pain LongForm "The checkout form is long" at Checkout { severity workaround affects ${n.persona} }
  opportunity ShortForm "Ask only what the order needs" { solves LongForm impact high effort low owner ${n.team} }
`,
    'future-state': n => `
  stage Choose "Choose" {
    touchpoint Compare "Compares options side by side" {
      channel web
      owner ${n.team}
      feels ${n.persona} +1 "confident"
    }
  }
  stage Buy "Buy" {
    touchpoint OneClick "Buys in one step" {
      channel app
      owner ${n.team}
      feels ${n.persona} +2 "relieved"
    }
  }

  flow ${n.persona} { Compare -> OneClick 60% }

  metric Conversion "Conversion" at Buy { unit % baseline 2 target 3 better higher }
  metric TimeToBuy "Time to buy" at Choose { unit min baseline 12 target 5 better lower }

  pain TooManySteps "Buying takes too many steps today" at OneClick { severity abandon affects ${n.persona} }
  opportunity OneStep "Buy in one step" { solves TooManySteps impact high effort medium owner ${n.team} status planned }
  // An experiment states its hypothesis, metric and success threshold before it runs.
  experiment OneStepPilot "One-step checkout pilot" {
    for OneStep kind pilot
    hypothesis "A one-step checkout lifts conversion"
    metric Conversion expect +20% status planned
  }
`,
    'day-in-the-life': n => `
  scale -2 .. 2

  stage Morning "Morning" {
    touchpoint Inbox "Reads the morning email digest" {
      channel email
      thinks "What needs me today?"
      feels ${n.persona} 0 "busy"
    }
  }
  stage Afternoon "Afternoon" {
    touchpoint Call "Calls support about an invoice" {
      channel phone
      owner ${n.team}
      feels ${n.persona} -2 "frustrated"
      moment of truth {
        risk "A long wait makes them leave"
        score ease 2 credibility 3 resonance 2
      }
    }
  }

  flow ${n.persona} { Inbox -> Call 30% "needs help" }

  metric WaitTime "Time to answer" at Call { unit min current 9 target 2 better lower }
  metric DigestOpens "Digest open rate" at Morning { unit % current 35 target 45 better higher }

  pain LongWait "Long wait on the phone" at Call { severity abandon affects ${n.persona} }
  opportunity Callback "Offer a call-back instead of a queue" { solves LongWait impact high effort low owner ${n.team} }
`,
    'service-blueprint': n => `
  stage Order "Order" {
    touchpoint PlaceOrder "Places the order" {
      channel web
      owner ${n.team}
      frontstage
      says "That was easy"
      support "Order management system"
      feels ${n.persona} +1 "pleased"
    }
    // Backstage: what the organisation does out of the customer's sight.
    touchpoint PickAndPack "Warehouse picks and packs" {
      owner ${n.team}
      backstage
      does "Picks the items and packs the parcel"
      support "Warehouse management system"
    }
  }
  stage Deliver "Deliver" {
    touchpoint Delivery "Receives the parcel" {
      channel courier
      owner ${n.team}
      artifact "The parcel and its delivery note"
      feels ${n.persona} +2 "delighted"
    }
  }

  flow ${n.persona} { PlaceOrder -> Delivery 95% }

  metric OrderToDoor "Order to door" at Deliver { unit days current 3 target 2 better lower }
  metric OrderErrors "Orders with errors" at Order { unit % current 2 target 1 better lower }

  pain LatePacking "Orders wait a day before packing" at PickAndPack { severity workaround affects ${n.persona} }
  opportunity SameDayPacking "Pack on the day of the order" { solves LatePacking impact medium effort medium owner ${n.team} }
`
};
