/**
 * Answers can arrive out of order: a slow answer to an earlier filter may come after a quick one to the latest, and
 * would then overwrite it. Each request takes a ticket; only the latest ticket's answer is shown.
 */
export class LatestRequest {
  private count = 0;

  /** Starts a request; the returned check says, when its answer comes, whether it is still the latest. */
  begin(): () => boolean {
    const mine = ++this.count;
    return () => mine === this.count;
  }
}
