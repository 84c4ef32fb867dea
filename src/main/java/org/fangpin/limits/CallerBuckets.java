package org.fangpin.limits;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.fangpin.security.Caller;

import org.springframework.stereotype.Component;

/**
 * A token bucket per caller, keyed by the token's subject (a person, or a department system's service
 * account), from which every request takes its cost. One caller exhausting their bucket slows nobody else.
 * <p>
 * The buckets live in this instance's memory: behind a load balancer each instance limits on its own, so
 * the rate a caller gets is at most the configured one times the number of instances.
 */
@Component
class CallerBuckets {

	/** Enough for every caller active at once in a county; a bucket evicted early is merely full again. */
	private static final long MAX_CALLERS = 100_000;

	private final LimitsProperties.Rate rate;

	private final Cache<String, Bucket> buckets;

	CallerBuckets(LimitsProperties limits) {
		this.rate = limits.rate();
		// an idle bucket is full again once what it lacks (a download's debt too) has refilled: forgetting it
		// then changes nothing, forgetting it earlier would forgive the debt
		this.buckets = Caffeine.newBuilder()
			.maximumSize(MAX_CALLERS)
			.expireAfter(Expiry.<String, Bucket>accessing((subject, bucket) -> untilFull(bucket)))
			.build();
	}

	/** Takes {@code cost} (at least 1) out of the caller's bucket, or refuses the GraphQL request if it holds less. */
	void charge(Caller caller, long cost) {
		try {
			take(caller, cost);
		}
		catch (RateLimited refused) {
			throw LimitExceeded.abort(refused.error());
		}
	}

	/** Takes {@code cost} (at least 1) out of the caller's bucket, or refuses with {@link RateLimited}. */
	void take(Caller caller, long cost) {
		if (!this.rate.enabled()) {
			return;
		}
		ConsumptionProbe probe = bucket(caller).tryConsumeAndReturnRemaining(Math.max(1, cost));
		if (!probe.isConsumed()) {
			long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
			throw new RateLimited("请求过于频繁，请 %d 秒后重试 (RATE_LIMITED: the caller's budget of %d per %s is spent; retry after %d s)"
				.formatted(seconds, this.rate.capacity(), this.rate.period(), seconds), "rate", this.rate.capacity(), seconds);
		}
	}

	/**
	 * Takes {@code cost} even from a bucket that holds less: the caller owes the rest, and nothing else of
	 * theirs is served until it has refilled.
	 */
	void owe(Caller caller, long cost) {
		if (this.rate.enabled() && cost > 0) {
			// written back, so that the bucket is kept until it has refilled what it now owes
			this.buckets.asMap().compute(caller.subject(), (subject, bucket) -> {
				Bucket owing = (bucket != null) ? bucket : newBucket();
				owing.consumeIgnoringRateLimits(cost);
				return owing;
			});
		}
	}

	/** Gives back {@code cost} taken for what was not served, up to a full bucket. */
	void refund(Caller caller, long cost) {
		if (this.rate.enabled() && cost > 0) {
			bucket(caller).addTokens(cost);
		}
	}

	long capacity() {
		return this.rate.capacity();
	}

	private Bucket bucket(Caller caller) {
		return this.buckets.get(caller.subject(), (subject) -> newBucket());
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit((limit) -> limit.capacity(this.rate.capacity()).refillGreedy(this.rate.capacity(), this.rate.period()))
			.build();
	}

	/** A period, and the time the bucket takes to refill what it lacks now. */
	private Duration untilFull(Bucket bucket) {
		double lacking = (double) (this.rate.capacity() - bucket.getAvailableTokens()) / this.rate.capacity();
		long period = this.rate.period().toNanos();
		return Duration.ofNanos((long) Math.min(Long.MAX_VALUE / 2, period * (1 + Math.max(0, lacking))));
	}

}
