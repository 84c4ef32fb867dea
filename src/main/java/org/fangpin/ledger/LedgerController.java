package org.fangpin.ledger;

import java.util.List;

import org.fangpin.ledger.LedgerService.LedgerExport;
import org.fangpin.security.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The ledgers a console may offer for download, so that it needs no paths of its own. */
@Controller
class LedgerController {

	private final LedgerService ledgers;

	LedgerController(LedgerService ledgers) {
		this.ledgers = ledgers;
	}

	@QueryMapping
	List<LedgerExport> ledgers(@Argument @Nullable String gridCode, @Argument @Nullable String campaignId,
			@ContextValue Caller caller) {
		return this.ledgers.exportable(caller, gridCode, campaignId);
	}

}
