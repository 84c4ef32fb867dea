package org.fangpin.limits;

import java.time.Duration;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.fangpin.graphql.ErrorCode;
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
		// an idle bucket is full again after one period: forgetting it then changes nothing
		this.buckets = Caffeine.newBuilder().maximumSize(MAX_CALLERS).expireAfterAccess(this.rate.period()).build();
	}

	/** Takes {@code cost} (at least 1) out of the caller's bucket, or refuses the request if it holds less. */
	void charge(Caller caller, long cost) {
		if (!this.rate.enabled()) {
			return;
		}
		Bucket bucket = this.buckets.get(caller.subject(), (subject) -> newBucket());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(Math.max(1, cost));
		if (!probe.isConsumed()) {
			long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
			throw LimitExceeded.abort(LimitExceeded.error(ErrorCode.RATE_LIMITED,
					"请求过于频繁，请 %d 秒后重试 (RATE_LIMITED: the caller's budget of %d per %s is spent; retry after %d s)"
						.formatted(seconds, this.rate.capacity(), this.rate.period(), seconds),
					Map.of("limit", "rate", "max", this.rate.capacity(), "retryAfterSeconds", seconds)));
		}
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit((limit) -> limit.capacity(this.rate.capacity()).refillGreedy(this.rate.capacity(), this.rate.period()))
			.build();
	}

}
