/** How a map writer calls each kind of named thing; messages use these words, never AST type names. */
const words: Record<string, string> = {
    Journey: 'journey',
    Persona: 'persona',
    Segment: 'segment',
    Team: 'team',
    Channel: 'channel',
    Stage: 'stage',
    Touchpoint: 'touchpoint',
    Located: 'stage or touchpoint',
    Measured: 'stage, touchpoint or channel',
    Actor: 'persona or segment',
    Metric: 'metric',
    Pain: 'pain point',
    Opportunity: 'opportunity',
    Experiment: 'experiment'
};

export function typeWord(type: string): string {
    return words[type] ?? type.toLowerCase();
}
