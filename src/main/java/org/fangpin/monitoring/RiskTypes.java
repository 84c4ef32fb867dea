package org.fangpin.monitoring;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/** Risk types as they are stored: the enum names, sorted and comma-separated. */
public final class RiskTypes {

	private RiskTypes() {
	}

	public static String format(Collection<RiskType> types) {
		return EnumSet.copyOf(types).stream().map(RiskType::name).collect(Collectors.joining(","));
	}

	public static List<RiskType> parse(String stored) {
		return stored.isEmpty() ? List.of() : Arrays.stream(stored.split(",")).map(RiskType::valueOf).toList();
	}

	static String union(String stored, Collection<RiskType> more) {
		EnumSet<RiskType> all = EnumSet.noneOf(RiskType.class);
		all.addAll(parse(stored));
		all.addAll(more);
		return format(all);
	}

}
