package org.fangpin.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fangpin.graphql.Connection;
import org.fangpin.graphql.Page;
import org.fangpin.security.Caller;
import org.fangpin.security.HeldDuty;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * 工作清单: what waits on the caller's duties and how long it has waited: open leads, identification steps and
 * measures due, each under the grid of the duty that acts on it, and, once late, under the grid of the officer
 * right above (seeds 001 and 004). The items of all kinds come in one keyset order: their ids, made by one
 * generator and time-ordered, so the oldest work comes first.
 */
@Service
public class WorkList {

	private final List<WorkSource> sources;

	WorkList(List<WorkSource> sources) {
		this.sources = sources;
	}

	public Connection<WorkItem> of(Caller caller, @Nullable WorkKind kind, Page page) {
		Map<WorkSource, List<WorkReach>> reaches = new LinkedHashMap<>();
		for (WorkSource source : this.sources) {
			if (kind != null && source.kind() != kind) {
				continue;
			}
			List<WorkReach> reach = new ArrayList<>();
			for (HeldDuty duty : caller.duties()) {
				reach.addAll(source.reach(duty));
			}
			if (!reach.isEmpty()) {
				reaches.put(source, reach);
			}
		}
		List<WorkItem> items = new ArrayList<>();
		reaches.forEach((source, reach) -> items.addAll(source.page(caller, reach, page.afterId(), page.fetchSize())));
		items.sort(Comparator.comparingLong(WorkItem::id));
		return page.toConnection(items.subList(0, Math.min(items.size(), page.fetchSize())), WorkItem::id,
				() -> reaches.entrySet().stream().mapToLong((entry) -> entry.getKey().count(caller, entry.getValue())).sum());
	}

}
