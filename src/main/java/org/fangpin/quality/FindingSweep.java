package org.fangpin.quality;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fangpin.graphql.InputCheck;
import org.fangpin.gridcode.GridCode;
import org.fangpin.quality.QualityMapper.Seen;
import org.fangpin.quality.QualityService.Candidate;
import org.fangpin.security.rows.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Records the data-quality findings as they come and go, so that a correction leaves a trace: the list is
 * derived live and a finding leaves it when corrected, but the campaign's 补正数据 (seed 004, 附件1) counts the
 * ones resolved in a week. The only job that runs the checks over whole counties: the dashboard's counts are of
 * the open findings recorded here. Each county is swept whole, by one instance at a time (a lease row in the database, so
 * it holds with several instances); a finding seen is upserted, one no longer seen is resolved on the
 * sweep's day, one seen again is open again. A sweep that fails part way resolves nothing, and one that runs
 * twice in a row changes nothing the second time.
 */
@Component
@EnableScheduling
public class FindingSweep {

	private static final Logger logger = LoggerFactory.getLogger(FindingSweep.class);

	/** Rows per upsert statement. */
	private static final int BATCH = 500;

	private final QualityMapper findings;

	private final QualityService quality;

	private final Clock clock;

	private final Duration lease;

	FindingSweep(QualityMapper findings, QualityService quality, Clock clock, QualityProperties properties) {
		this.findings = findings;
		this.quality = quality;
		this.clock = clock;
		this.lease = properties.sweepLease();
	}

	@Scheduled(cron = "${fangpin.quality.sweep-cron:0 0 * * * *}", zone = "Asia/Shanghai")
	void sweepAll() {
		for (String county : this.findings.findCountyCodes()) {
			try {
				sweep(new GridCode(county));
			}
			catch (RuntimeException ex) {
				logger.warn("Data-quality sweep of county {} failed; the next one retries", county, ex);
			}
		}
	}

	/**
	 * Sweeps the counties no sweep has finished yet, before the dashboard first counts their findings: a fresh
	 * database would otherwise show no findings until the first scheduled sweep, up to an hour after the start,
	 * while the list already has them. Runs even with the schedule off, once per county.
	 */
	public void sweepNeverSwept() {
		for (String county : this.findings.findNeverSweptCountyCodes()) {
			sweep(new GridCode(county));
		}
	}

	/**
	 * Sweeps one county, unless another instance is sweeping it.
	 *
	 * @return whether this call swept it
	 */
	public boolean sweep(GridCode county) {
		Instant now = this.clock.instant();
		if (!take(county.value(), now)) {
			return false;
		}
		long started = System.nanoTime();
		try {
			long sweepNo = this.findings.findSweepNo(county.value());
			LocalDate today = LocalDate.ofInstant(now, InputCheck.ZONE);
			// one row per (kind, record): a member listed in two other counties is one finding
			Map<String, Seen> seen = new LinkedHashMap<>();
			// township by township: the checks of a whole county in one statement outlast the socket timeout
			for (String township : this.findings.findTownshipCodes(county.value())) {
				Scope scope = Scope.under(List.of(county));
				GridCode grid = new GridCode(township);
				for (Candidate candidate : this.quality.candidates(scope, grid, null, null,
						this.quality.settlements(scope, grid), false)) {
					seen.putIfAbsent(candidate.kind() + "/" + candidate.recordId(),
							new Seen(candidate.kind().name(), candidate.recordId(), candidate.householdId()));
				}
			}
			List<Seen> all = List.copyOf(seen.values());
			for (int from = 0; from < all.size(); from += BATCH) {
				this.findings.upsertFindings(county.value(), all.subList(from, Math.min(all.size(), from + BATCH)), today,
						sweepNo);
			}
			int resolved = this.findings.resolveUnseen(county.value(), today, sweepNo);
			logger.info("Data-quality sweep of county {}: {} findings, {} resolved, in {} ms", county, all.size(), resolved,
					(System.nanoTime() - started) / 1_000_000);
			return true;
		}
		finally {
			this.findings.finishSweep(county.value(), this.clock.instant());
		}
	}

	private boolean take(String county, Instant now) {
		Instant until = now.plus(this.lease);
		if (this.findings.takeSweep(county, now, until) == 1) {
			return true;
		}
		try {
			this.findings.insertSweep(county, until);
			return true;
		}
		catch (DuplicateKeyException ex) {
			// its lease is held: another instance is sweeping the county
			return false;
		}
	}

}
