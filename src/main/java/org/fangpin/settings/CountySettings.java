package org.fangpin.settings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fangpin.audit.AuditLog;
import org.fangpin.audit.Changes;
import org.fangpin.graphql.ApiException;
import org.fangpin.graphql.UserError;
import org.fangpin.gridcode.GridCode;
import org.fangpin.gridcode.GridLevel;
import org.fangpin.security.Act;
import org.fangpin.security.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A county's settings: its own value where it has set one, the configured default where not. Features read
 * {@link #of(String, CountySetting)} for the county of the record at hand; county officers read and set them.
 */
@Service
public class CountySettings {

	private final CountySettingMapper settings;

	private final Map<CountySetting, Duration> defaults;

	private final AuditLog audit;

	private final Clock clock;

	CountySettings(CountySettingMapper settings, Environment environment, AuditLog audit, Clock clock) {
		this.settings = settings;
		this.defaults = Arrays.stream(CountySetting.values())
			.collect(Collectors.toUnmodifiableMap(Function.identity(),
					(setting) -> environment.getRequiredProperty(setting.defaultProperty(), Duration.class)));
		this.audit = audit;
		this.clock = clock;
	}

	/** A setting as it holds for the county of {@code gridCode} (any grid or household group code in it). */
	public Duration of(String gridCode, CountySetting setting) {
		String county = gridCode.substring(0, GridLevel.COUNTY.codeLength());
		return this.settings.findAll(county)
			.stream()
			.filter((row) -> row.name() == setting)
			.findFirst()
			.map((row) -> Duration.ofDays(row.days()))
			.orElse(this.defaults.get(setting));
	}

	/** 县级设置的取值 as the schema shows it. */
	public record SettingValue(CountySetting name, String label, int days, int defaultDays, int minDays, int maxDays,
			@Nullable String changedBy, @Nullable Instant changedAt, int version) {
	}

	/** Every setting of a county in the caller's scope, set or not. */
	public List<SettingValue> list(Caller caller, @Nullable String countyCode) {
		GridCode county = county(caller, countyCode);
		Map<CountySetting, CountySettingMapper.Row> set = this.settings.findAll(county.value())
			.stream()
			.collect(Collectors.toMap(CountySettingMapper.Row::name, Function.identity()));
		return Arrays.stream(CountySetting.values()).map((setting) -> value(setting, set.get(setting))).toList();
	}

	public record SetCountySettingInput(@Nullable String countyCode, CountySetting name, int days, int version) {
	}

	public record CountySettingPayload(@Nullable SettingValue setting, List<UserError> userErrors) {
	}

	@Transactional
	public CountySettingPayload set(Act act, SetCountySettingInput input) {
		GridCode county = county(act.caller(), input.countyCode());
		act.check(county);
		CountySetting setting = input.name();
		if (input.days() < setting.minDays() || input.days() > setting.maxDays()) {
			return new CountySettingPayload(null, List.of(UserError.badInput(setting.label() + "应在" + setting.minDays()
					+ "到" + setting.maxDays() + "天之间 (days must be " + setting.minDays() + ".." + setting.maxDays() + ")",
					"days")));
		}
		CountySettingMapper.Row current = this.settings.findAll(county.value())
			.stream()
			.filter((row) -> row.name() == setting)
			.findFirst()
			.orElse(null);
		int version = (current != null) ? current.version() : 0;
		if (input.version() != version) {
			return new CountySettingPayload(null, List.of(UserError.staleVersion(input.version())));
		}
		CountySettingMapper.Row changed = new CountySettingMapper.Row(county.value(), setting, input.days(), version,
				act.caller().name(), this.clock.instant());
		if (current == null) {
			this.settings.insert(changed);
		}
		else if (this.settings.update(changed) == 0) {
			return new CountySettingPayload(null, List.of(UserError.staleVersion(version)));
		}
		int before = (current != null) ? current.days() : (int) this.defaults.get(setting).toDays();
		this.audit.record(act, "setCountySetting", "Grid", Long.parseLong(county.value()),
				new Changes().field(setting.name(), before, input.days()));
		CountySettingMapper.Row stored = new CountySettingMapper.Row(county.value(), setting, input.days(),
				(current != null) ? version + 1 : 0, changed.changedBy(), changed.changedAt());
		return new CountySettingPayload(value(setting, stored), List.of());
	}

	private SettingValue value(CountySetting setting, CountySettingMapper.@Nullable Row row) {
		int defaultDays = (int) this.defaults.get(setting).toDays();
		return new SettingValue(setting, setting.label(), (row != null) ? row.days() : defaultDays, defaultDays,
				setting.minDays(), setting.maxDays(), (row != null) ? row.changedBy() : null,
				(row != null) ? row.changedAt() : null, (row != null) ? row.version() : 0);
	}

	/**
	 * The county asked for, or the county of all the caller's grids: anyone who works in a county reads its
	 * settings (a township's deadlines are the county's); another county is not found.
	 */
	private static GridCode county(Caller caller, @Nullable String countyCode) {
		List<GridCode> counties = caller.grids()
			.stream()
			.map((grid) -> new GridCode(grid.value().substring(0, GridLevel.COUNTY.codeLength())))
			.distinct()
			.toList();
		if (countyCode == null) {
			if (counties.size() != 1) {
				throw ApiException.badInput("请指定县级网格编码 (countyCode is required for a caller of several or no counties)");
			}
			return counties.getFirst();
		}
		GridCode county = GridCode.parse(countyCode.strip())
			.filter((code) -> code.level() == GridLevel.COUNTY)
			.orElseThrow(() -> ApiException.badInput("县级网格编码应为6位数字 (countyCode must be a county's 6-digit code)"));
		if (!counties.contains(county)) {
			throw ApiException.notFound("网格 " + county.value());
		}
		return county;
	}

}
