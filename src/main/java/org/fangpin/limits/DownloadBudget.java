package org.fangpin.limits;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.fangpin.security.Caller;

import org.springframework.stereotype.Component;

/**
 * What a download (a ledger as a spreadsheet) takes from its caller's rate budget, the one GraphQL requests
 * take their cost from; and one download per caller at a time.
 * <p>
 * A download costs one unit per cell it writes, as {@link OperationShape} counts one per field of each record:
 * a spreadsheet is another way of reading the same rows, and were it cheaper, a script would copy the county
 * through it (the most expensive request the API serves: seconds and hundreds of MB for a county's roster).
 * It is paid as a GraphQL page is, by the page's size times what each row holds, before the page is read: the
 * first page before the first byte, refused like any request if the bucket cannot pay it (and before anything
 * reaches the database); each further page as the download comes to it, even from an empty bucket, because a
 * download refused half-way leaves a broken file that its caller would only fetch again. What a page did not
 * fill is given back, so that a download costs exactly its rows, and a county's roster (150,000 rows, 2.4
 * million) leaves its caller owing what a script paging through it would have waited for: nothing of theirs is
 * served until it has refilled. No second count of the rows up front: the rows written are the measure.
 * <p>
 * One at a time, because a download holds a page and the workbook's buffers in memory for as long as it runs;
 * the set of running downloads is this instance's (the buckets are shared by all).
 */
@Component
public class DownloadBudget {

	/** A second download waits for the first, which takes seconds at most (a county's roster some ten). */
	private static final long RETRY_WHILE_RUNNING_SECONDS = 5;

	private final CallerBuckets buckets;

	private final Set<String> running = ConcurrentHashMap.newKeySet();

	DownloadBudget(CallerBuckets buckets) {
		this.buckets = buckets;
	}

	/**
	 * Begins a download of pages of up to {@code pageSize} rows of {@code columns} cells, paying for its first
	 * page; refused with {@link RateLimited} if the caller runs another download or cannot pay.
	 */
	public Download begin(Caller caller, int pageSize, int columns) {
		if (!this.running.add(caller.subject())) {
			throw new RateLimited("已有一个下载正在进行，请 %d 秒后重试 (RATE_LIMITED: one download at a time per caller; retry after %d s)"
				.formatted(RETRY_WHILE_RUNNING_SECONDS, RETRY_WHILE_RUNNING_SECONDS), "downloads", 1, RETRY_WHILE_RUNNING_SECONDS);
		}
		try {
			Download download = new Download(caller, (long) pageSize * columns, columns);
			// a page larger than the whole bucket (a small one) is paid from a full bucket and owed beyond it
			long upFront = Math.min(download.pageCost, this.buckets.capacity());
			this.buckets.take(caller, upFront);
			this.buckets.owe(caller, download.pageCost - upFront);
			return download;
		}
		catch (RuntimeException refused) {
			this.running.remove(caller.subject());
			throw refused;
		}
	}

	/** A download under way: it says what it read, and is closed when it ends, however it ends. */
	public final class Download implements AutoCloseable {

		private final Caller caller;

		private final long pageCost;

		private final int columns;

		/** The first page is paid when the download begins. */
		private boolean first = true;

		private Download(Caller caller, long pageCost, int columns) {
			this.caller = caller;
			this.pageCost = pageCost;
			this.columns = columns;
		}

		/** Before a page is read: pays for it, unless it is the first. */
		public void nextPage() {
			if (!this.first) {
				DownloadBudget.this.buckets.owe(this.caller, this.pageCost);
			}
			this.first = false;
		}

		/** After a page is read: gives back what it did not fill. */
		public void read(int rows) {
			DownloadBudget.this.buckets.refund(this.caller, this.pageCost - (long) rows * this.columns);
		}

		@Override
		public void close() {
			DownloadBudget.this.running.remove(this.caller.subject());
		}

	}

}
