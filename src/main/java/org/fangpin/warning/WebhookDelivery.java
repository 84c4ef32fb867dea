package org.fangpin.warning;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.fangpin.graphql.GlobalId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Delivers each department's changes to its webhook, at least once and in the order of the feed: the outbox is the
 * feed itself ({@code warning_change}, written in the transaction of each change), and an address acknowledges
 * (2xx) a page of changes before the next is sent. One db-scheduler task does it, so that with several API
 * instances one of them delivers at a time. A failing address is retried with a doubling back-off; what it did not
 * acknowledge is sent again, never skipped.
 */
@Component
class WebhookDelivery {

	private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);

	/** Changes per request: a bounded body. */
	private static final int PAGE = 100;

	/** Pages per address per run, so that one busy department does not hold up the others. */
	private static final int PAGES_PER_RUN = 10;

	private final WebhookMapper webhooks;

	private final WebhookProperties properties;

	private final JsonMapper json;

	private final Clock clock;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	WebhookDelivery(WebhookMapper webhooks, WebhookProperties properties, JsonMapper json, Clock clock) {
		this.webhooks = webhooks;
		this.properties = properties;
		this.json = json;
		this.clock = clock;
	}

	@Bean
	static RecurringTask<Void> webhookDeliveryTask(WebhookDelivery delivery, WebhookProperties properties) {
		return Tasks.recurring("webhook-delivery", FixedDelay.of(properties.interval()))
			.execute((instance, context) -> delivery.deliverDue());
	}

	void deliverDue() {
		for (DepartmentWebhook webhook : this.webhooks.findDue(this.clock.instant())) {
			try {
				deliver(webhook);
			}
			catch (RuntimeException ex) {
				log.warn("webhook delivery to {} of {} failed", webhook.department(), webhook.countyCode(), ex);
			}
		}
	}

	private void deliver(DepartmentWebhook webhook) {
		long after = webhook.deliveredUpTo();
		for (int page = 0; page < PAGES_PER_RUN; page++) {
			Instant now = this.clock.instant();
			List<WarningChange> changes = this.webhooks.findUndelivered(webhook.department(), webhook.countyCode(),
					after, now.minus(this.properties.settle()), PAGE);
			if (changes.isEmpty()) {
				return;
			}
			long upTo = changes.getLast().id();
			String error = send(webhook, changes);
			if (error != null) {
				Duration backoff = Duration.ofSeconds(1L << Math.min(webhook.failures() + 1, 20));
				this.webhooks.failed(webhook.department(), webhook.countyCode(), after,
						now.plus(backoff.compareTo(this.properties.maxBackoff()) < 0 ? backoff : this.properties.maxBackoff()),
						error.substring(0, Math.min(error.length(), 500)));
				return;
			}
			if (this.webhooks.delivered(webhook.department(), webhook.countyCode(), after, upTo, now) == 0) {
				return;
			}
			after = upTo;
		}
	}

	/** @return why the address did not acknowledge the changes, or null when it did */
	private String send(DepartmentWebhook webhook, List<WarningChange> changes) {
		// checked on every delivery, after resolving the name: a name registered public may be re-pointed since
		String refused = WebhookTarget.refusal(webhook.url(), this.properties.allowLoopback());
		if (refused != null) {
			return refused;
		}
		byte[] body = this.json.writeValueAsBytes(Map.of("department", webhook.department(), "countyCode",
				webhook.countyCode(), "changes", changes.stream().map(WebhookDelivery::shown).toList()));
		HttpRequest request = HttpRequest.newBuilder(URI.create(webhook.url()))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.header("X-Fangpin-Signature", "sha256=" + sign(webhook.secret(), body))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		try {
			HttpResponse<Void> response = this.http.send(request, HttpResponse.BodyHandlers.discarding());
			return (response.statusCode() / 100 == 2) ? null : "HTTP " + response.statusCode();
		}
		catch (IOException ex) {
			return ex.getClass().getSimpleName() + ": " + ex.getMessage();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "interrupted";
		}
	}

	/** A change as the feed shows it: statuses and dates, with its sequence (the feed's order). */
	private static Map<String, Object> shown(WarningChange change) {
		Map<String, Object> shown = new LinkedHashMap<>();
		shown.put("sequence", String.valueOf(change.id()));
		shown.put("warningId", new GlobalId("DepartmentWarning", change.warningId()).encode());
		shown.put("referenceId", change.referenceId());
		shown.put("kind", change.kind());
		shown.put("status", change.status());
		shown.put("caseType", change.caseType());
		shown.put("caseStatus", change.caseStatus());
		shown.put("reason", change.reason());
		shown.put("occurredAt", change.occurredAt().toString());
		return shown;
	}

	/** HMAC-SHA256 of the body with the department's secret, in hex. */
	static String sign(String secret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return java.util.HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
