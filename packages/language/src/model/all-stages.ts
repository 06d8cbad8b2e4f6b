/** A tree of stages in reading order: each stage, then its sub-stages (model stages and diagram stages alike). */
export function allStages<S extends { readonly stages: readonly S[] }>(stages: readonly S[]): S[] {
    return stages.flatMap(stage => [stage, ...allStages(stage.stages)]);
}
