package org.fangpin.graphql;

import org.springframework.transaction.interceptor.TransactionAspectSupport;

/** For a mutation that finds, after it has begun writing, that it must write nothing after all. */
public final class Transactions {

	private Transactions() {
	}

	/** Undo what the current transaction wrote; the mutation then returns its user errors normally. */
	public static void rollback() {
		TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
	}

}
