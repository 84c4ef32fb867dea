package org.fangpin.settings;

import java.math.BigDecimal;
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
import org.fangpin.security.duties.Act;
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

	/** Each setting's configured default: days for a period, 1 or 0 for a requirement. */
	private final Map<CountySetting, Integer> defaults;

	private final AuditLog audit;

	private final Clock clock;

	CountySettings(CountySettingMapper settings, Environment environment, AuditLog audit, Clock clock) {
		this.settings = settings;
		this.defaults = Arrays.stream(CountySetting.values())
			.collect(Collectors.toUnmodifiableMap(Function.identity(), (setting) -> switch (setting.unit()) {
				case DAYS -> (int) environment.getRequiredProperty(setting.defaultProperty(), Duration.class).toDays();
				case REQUIREMENT -> environment.getRequiredProperty(setting.defaultProperty(), Boolean.class) ? 1 : 0;
				case PERCENT -> environment.getRequiredProperty(setting.defaultProperty(), BigDecimal.class)
					.movePointRight(2)
					.intValueExact();
			}));
		this.audit = audit;
		this.clock = clock;
	}

	/** A period as it holds for the county of {@code gridCode} (any grid or household group code in it). */
	public Duration of(String gridCode, CountySetting setting) {
		return Duration.ofDays(valueOf(gridCode, setting));
	}

	/** A threshold as it holds for the county of {@code gridCode}, as a ratio: 0.30 for 30 %. */
	public BigDecimal ratio(String gridCode, CountySetting setting) {
		return BigDecimal.valueOf(valueOf(gridCode, setting), 2);
	}

	/** Whether a requirement holds in the county of {@code gridCode}: required, not only recommended. */
	public boolean requires(String gridCode, CountySetting setting) {
		return valueOf(gridCode, setting) == 1;
	}

	private int valueOf(String gridCode, CountySetting setting) {
		String county = gridCode.substring(0, GridLevel.COUNTY.codeLength());
		return this.settings.findAll(county)
			.stream()
			.filter((row) -> row.name() == setting)
			.findFirst()
			.map(CountySettingMapper.Row::value)
			.orElse(this.defaults.get(setting));
	}

	/** 县级设置的取值 as the schema shows it. */
	public record SettingValue(CountySetting name, String label, CountySetting.Unit unit, int value, int defaultValue,
			int min, int max, @Nullable String changedBy, @Nullable Instant changedAt, int version) {
	}

	/** Every setting of a county in the caller's scope, set or not. */
	public List<SettingValue> list(Caller caller, @Nullable String countyCode) {
		GridCode county = county(caller, countyCode);
		Map<CountySetting, CountySettingMapper.Row> set = this.settings.findAll(county.value())
			.stream()
			.collect(Collectors.toMap(CountySettingMapper.Row::name, Function.identity()));
		return Arrays.stream(CountySetting.values()).map((setting) -> value(setting, set.get(setting))).toList();
	}

	public record SetCountySettingInput(@Nullable String countyCode, CountySetting name, int value, int version) {
	}

	public record CountySettingPayload(@Nullable SettingValue setting, List<UserError> userErrors) {
	}

	@Transactional
	public CountySettingPayload set(Act act, SetCountySettingInput input) {
		GridCode county = county(act.caller(), input.countyCode());
		act.check(county);
		CountySetting setting = input.name();
		if (input.value() < setting.min() || input.value() > setting.max()) {
			String range = switch (setting.unit()) {
				case DAYS -> setting.min() + "到" + setting.max() + "天之间";
				case REQUIREMENT -> "1（必需）或0（建议）";
				case PERCENT -> setting.min() + "到" + setting.max() + "（百分比）之间";
			};
			return new CountySettingPayload(null, List.of(UserError.badInput(setting.label() + "应为" + range
					+ " (value must be " + setting.min() + ".." + setting.max() + ")", "value")));
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
		CountySettingMapper.Row changed = new CountySettingMapper.Row(county.value(), setting, input.value(), version,
				act.caller().name(), this.clock.instant());
		if (current == null) {
			this.settings.insert(changed);
		}
		else if (this.settings.update(changed) == 0) {
			return new CountySettingPayload(null, List.of(UserError.staleVersion(version)));
		}
		int before = (current != null) ? current.value() : this.defaults.get(setting);
		this.audit.record(act, "setCountySetting", "Grid", Long.parseLong(county.value()),
				new Changes().field(setting.name(), before, input.value()));
		CountySettingMapper.Row stored = new CountySettingMapper.Row(county.value(), setting, input.value(),
				(current != null) ? version + 1 : 0, changed.changedBy(), changed.changedAt());
		return new CountySettingPayload(value(setting, stored), List.of());
	}

	private SettingValue value(CountySetting setting, CountySettingMapper.@Nullable Row row) {
		int defaultValue = this.defaults.get(setting);
		return new SettingValue(setting, setting.label(), setting.unit(), (row != null) ? row.value() : defaultValue,
				defaultValue, setting.min(), setting.max(), (row != null) ? row.changedBy() : null,
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
