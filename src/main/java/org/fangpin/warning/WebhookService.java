package org.fangpin.warning;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import org.fangpin.audit.AuditLog;
import org.fangpin.audit.Changes;
import org.fangpin.graphql.ApiException;
import org.fangpin.graphql.InputCheck;
import org.fangpin.graphql.UserError;
import org.fangpin.gridcode.GridCode;
import org.fangpin.security.duties.Act;
import org.fangpin.security.Caller;
import org.fangpin.security.Department;
import org.fangpin.security.rows.Scope;
import org.fangpin.warning.WarningInputs.RegisterWebhookInput;
import org.fangpin.warning.WarningInputs.WebhookEnabledInput;
import org.fangpin.warning.WarningInputs.WebhookPayload;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A department registers the address its changes are pushed to (besides polling the feed); the county sees every
 * department's webhook and can switch one off.
 */
@Service
public class WebhookService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final WebhookMapper webhooks;

	private final WebhookProperties properties;

	private final AuditLog audit;

	private final Clock clock;

	WebhookService(WebhookMapper webhooks, WebhookProperties properties, AuditLog audit, Clock clock) {
		this.webhooks = webhooks;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Registers (or changes) the caller's department's address, with a new signing secret shown in the answer only.
	 * A new webhook is delivered the changes from now on; older ones are in the feed.
	 */
	@Transactional
	public WebhookPayload register(Act act, RegisterWebhookInput input) {
		Caller caller = act.caller();
		DepartmentAccount account = DepartmentAccount.of(act);
		Department department = account.department();
		GridCode county = account.county();
		InputCheck check = new InputCheck();
		String url = check.text(input.url(), 500, "推送地址", "url");
		if (check.hasErrors()) {
			return WebhookPayload.rejected(check.errors());
		}
		String refused = WebhookTarget.refusal(Objects.requireNonNull(url), this.properties.allowLoopback());
		if (refused != null) {
			return WebhookPayload.rejected(List.of(UserError.badInput(refused, "url")));
		}
		byte[] key = new byte[32];
		RANDOM.nextBytes(key);
		Instant now = this.clock.instant();
		Long latest = this.webhooks.latestChange(department, county.value());
		this.webhooks.upsert(new DepartmentWebhook(department, county.value(), url, HexFormat.of().formatHex(key), true,
				(latest != null) ? latest : 0, 0, now, null, null, caller.name(), now));
		DepartmentWebhook registered = Objects.requireNonNull(this.webhooks.find(department, county.value()));
		this.audit.record(act, "registerWebhook", "DepartmentWebhook", 0, new Changes().field("url", null, url));
		return new WebhookPayload(registered, registered.secret(), List.of());
	}

	/** The webhooks of the caller's counties. */
	public List<DepartmentWebhook> inScope(Caller caller) {
		return this.webhooks.findInScope(caller.scope());
	}

	/** The county switches a department's webhook off (or on again: delivery resumes where it stopped). */
	@Transactional
	public WebhookPayload setEnabled(Act act, WebhookEnabledInput input) {
		Scope scope = act.caller().scope();
		DepartmentWebhook webhook = this.webhooks.findInScope(scope)
			.stream()
			.filter((found) -> found.department() == input.department())
			.findFirst()
			.orElseThrow(() -> ApiException.notFound("部门推送地址"));
		act.check(new GridCode(webhook.countyCode()));
		this.webhooks.setEnabled(scope, input.department(), input.enabled(), this.clock.instant());
		this.audit.record(act, "setWebhookEnabled", "DepartmentWebhook", 0,
				new Changes().field("department", null, input.department()).field("enabled", webhook.enabled(),
						input.enabled()));
		return new WebhookPayload(this.webhooks.find(webhook.department(), webhook.countyCode()), null, List.of());
	}

}
