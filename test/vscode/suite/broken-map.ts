// The broken map the desktop and the web suites write into their workspace.

/** A map with an unknown channel (`webb`) and a pain that no opportunity addresses. */
export const brokenMap = `journey Broken "A broken map" {
  owner CX
  personas Sarah
  reviewed 2026-10-01 every year
  stage Visit {
    touchpoint Landing "Landing page" {
      channel webb
      owner Web
      feels Sarah +1 "curious"
    }
  }
  metric Visits "Visits" at Landing { unit % current 10 target 20 better higher }
  pain SlowPage "The page loads slowly" at Landing { severity workaround affects Sarah }
}
`;
