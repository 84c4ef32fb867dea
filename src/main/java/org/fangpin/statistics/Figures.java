package org.fangpin.statistics;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.fangpin.grid.Grid;
import org.fangpin.statistics.GridFigures.Breakdown;

/**
 * The figures of one grid while they are being counted or summed up: a count per figure and key (an enum
 * value's name for a breakdown, {@code ""} for a plain count). Zero counts are not kept, as the snapshot
 * stores none.
 */
final class Figures {

	/** What the dashboard counts: the fields of GridFigures, by their stored name. */
	enum Figure {

		HOUSEHOLDS, PEOPLE, ALLEVIATED_HOUSEHOLDS, MONITORED_HOUSEHOLDS, ACTIVE_CASES_BY_TYPE, CASES_BY_STATUS,
		ACTIVE_CASES_BY_RISK_TYPE, OVERDUE_CASES, IDENTIFIED_THIS_YEAR, ELIMINATED_THIS_YEAR, MEASURES_BY_CATEGORY,
		MEASURES_BY_STATUS, VISITED_THIS_MONTH, INCOME_BELOW_LINE, DATA_QUALITY_FINDINGS, IDENTIFYING_HOUSEHOLDS

	}

	/** A plain count's key. */
	static final String TOTAL = "";

	private final Map<Figure, Map<String, Long>> counts = new EnumMap<>(Figure.class);

	void add(Figure figure, String key, long count) {
		if (count != 0) {
			this.counts.computeIfAbsent(figure, (any) -> new TreeMap<>()).merge(key, count, Long::sum);
		}
	}

	void add(Figure figure, long count) {
		add(figure, TOTAL, count);
	}

	void add(Figures other) {
		other.counts.forEach((figure, byKey) -> byKey.forEach((key, count) -> add(figure, key, count)));
	}

	/** Every count, for writing the snapshot. */
	void forEach(Count each) {
		this.counts.forEach((figure, byKey) -> byKey.forEach((key, count) -> each.accept(figure, key, count)));
	}

	GridFigures toFigures(Grid grid) {
		return new GridFigures(grid, total(Figure.HOUSEHOLDS), total(Figure.PEOPLE), total(Figure.ALLEVIATED_HOUSEHOLDS),
				total(Figure.MONITORED_HOUSEHOLDS), total(Figure.IDENTIFYING_HOUSEHOLDS), breakdown(Figure.ACTIVE_CASES_BY_TYPE), breakdown(Figure.CASES_BY_STATUS),
				breakdown(Figure.ACTIVE_CASES_BY_RISK_TYPE), total(Figure.OVERDUE_CASES), total(Figure.IDENTIFIED_THIS_YEAR),
				total(Figure.ELIMINATED_THIS_YEAR), breakdown(Figure.MEASURES_BY_CATEGORY),
				breakdown(Figure.MEASURES_BY_STATUS), total(Figure.VISITED_THIS_MONTH), total(Figure.INCOME_BELOW_LINE),
				breakdown(Figure.DATA_QUALITY_FINDINGS));
	}

	private int total(Figure figure) {
		return this.counts.getOrDefault(figure, Map.of()).getOrDefault(TOTAL, 0L).intValue();
	}

	private List<Breakdown> breakdown(Figure figure) {
		return this.counts.getOrDefault(figure, Map.of())
			.entrySet()
			.stream()
			.map((count) -> new Breakdown(count.getKey(), count.getValue().intValue()))
			.toList();
	}

	@FunctionalInterface
	interface Count {

		void accept(Figure figure, String key, long count);

	}

}
