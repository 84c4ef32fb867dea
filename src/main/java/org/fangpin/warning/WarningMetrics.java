package org.fangpin.warning;

import java.util.List;

import org.fangpin.security.Department;
import org.jspecify.annotations.Nullable;

/**
 * 部门预警统计: one department's warnings in the caller's county, from receipt to verification.
 *
 * @param received warnings kept (matched or not; rejected items and duplicates are not warnings)
 * @param medianDaysToVerification over the verified ones; null while none is
 */
public record WarningMetrics(Department department, long received, long matched,
		long unmatched, long verified, long verifiedInTime, long confirmed, @Nullable Double medianDaysToVerification) {

	static @Nullable Double median(List<Double> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

}
