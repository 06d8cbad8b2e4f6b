/** The fixed sizes of the diagram, in SVG pixels. */
export const dimensions = {
    margin: 24,
    /** The column left of the stages that names the lanes and holds the emotion legend. */
    gutter: 140,
    cardWidth: 188,
    cardPadding: 10,
    /** Space between the card columns; the stage borders run through its middle. */
    columnGap: 48,
    nodeGap: 28,
    edgeLabelWidth: 120,
    dropHeight: 26,
    slotWidth: 120,
    stagePadding: 8,
    laneGap: 16,
    laneItemGap: 8,
    emotionLaneHeight: 168,
    emotionPointRadius: 5,
    /** Room for the emotion scale's labels (+2, 0, -2) left of the emotion lane. */
    scaleLabelWidth: 26
} as const;
