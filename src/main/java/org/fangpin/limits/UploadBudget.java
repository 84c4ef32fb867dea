package org.fangpin.limits;

import org.fangpin.security.Caller;

import org.springframework.stereotype.Component;

/**
 * What an evidence upload takes from its caller's rate budget, the one GraphQL requests take their cost
 * from: as much as the most expensive request ({@code max-cost}), since checking and re-encoding a photo
 * takes the server about as long. Twenty at once from a full bucket, then one every three seconds: a cadre
 * photographing a notice board never waits, a script filling the store does.
 */
@Component
public class UploadBudget {

	private final CallerBuckets buckets;

	private final long cost;

	UploadBudget(CallerBuckets buckets, LimitsProperties limits) {
		this.buckets = buckets;
		this.cost = limits.maxCost();
	}

	/** Pays for one upload, or refuses it with {@link RateLimited} before anything is read. */
	public void take(Caller caller) {
		this.buckets.take(caller, this.cost);
	}

}
