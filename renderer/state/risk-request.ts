/**
 * The one-off request to show a risk's details when the register opens (a checklist item's linked
 * risk): one area asks, the other takes it, so it lives in state/, which both may import.
 */
let riskRequest: { docId: string; riskId: string } | null = null;

/** Asks the register to open this risk's details the next time it opens with this plan. */
export function requestRiskDetails(docId: string, riskId: string): void {
  riskRequest = { docId, riskId };
}

/** The risk the register was asked to show (once); a request made for another plan is dropped. */
export function takeRiskRequest(docId: string): string | null {
  const request = riskRequest;
  riskRequest = null;
  return request?.docId === docId ? request.riskId : null;
}
