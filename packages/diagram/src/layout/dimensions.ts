/** The fixed sizes of the diagram, in SVG pixels. */
export const dimensions = {
    margin: 24,
    /** The column left of the stages that names the lanes and holds the emotion legend. */
    gutter: 140,
    /** With `columnGap`, a touchpoint column of 200 px when the flows between two columns need no more room. */
    cardWidth: 164,
    cardPadding: 10,
    /** Space between the card columns; the stage borders run through its middle. */
    columnGap: 36,
    nodeGap: 28,
    edgeLabelWidth: 120,
    /** In `down`: room beside the flows for their labels, each side of the touchpoint column. */
    flowLabelRoom: 64,
    /** In `down`: the widest and narrowest a lane's column gets; lanes share what the width bound leaves. */
    laneColumnMax: 280,
    laneColumnMin: 150,
    emotionColumnWidth: 240,
    emotionColumnMinWidth: 140,
    /** In `down`: the width the diagram keeps within at the default text size. */
    maxDownWidth: 1600,
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
