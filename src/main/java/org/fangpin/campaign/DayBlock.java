package org.fangpin.campaign;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Days of a campaign as bits, the way campaign_inspector keeps an inspector's days in a village (migration
 * V13): day n of the campaign is bit n % 63 of block n / 63, the bits of a BIGINT below its sign. A county's
 * distinct inspectors of a week then read one row per inspector and village instead of one per day.
 *
 * @param block the block of 63 days
 * @param days the days of the block, bit 0 its first
 */
record DayBlock(int block, long days) {

	static final int DAYS_PER_BLOCK = 63;

	/** The block and bit of one day. */
	static DayBlock of(LocalDate startsOn, LocalDate day) {
		long n = ChronoUnit.DAYS.between(startsOn, day);
		return new DayBlock((int) (n / DAYS_PER_BLOCK), 1L << (n % DAYS_PER_BLOCK));
	}

	/** The blocks and bits of the days from {@code from} to {@code to}, none when the period is empty. */
	static List<DayBlock> covering(LocalDate startsOn, LocalDate from, LocalDate to) {
		long first = ChronoUnit.DAYS.between(startsOn, from);
		long last = ChronoUnit.DAYS.between(startsOn, to);
		List<DayBlock> blocks = new ArrayList<>();
		for (long block = first / DAYS_PER_BLOCK; first <= last && block <= last / DAYS_PER_BLOCK; block++) {
			long low = Math.max(first, block * DAYS_PER_BLOCK) - block * DAYS_PER_BLOCK;
			long high = Math.min(last, block * DAYS_PER_BLOCK + DAYS_PER_BLOCK - 1) - block * DAYS_PER_BLOCK;
			// bits low..high; 1L << 63 wraps to the sign bit, and minus one is every bit below it
			long days = ((1L << (high + 1)) - 1) & -(1L << low);
			blocks.add(new DayBlock((int) block, days));
		}
		return blocks;
	}

}
