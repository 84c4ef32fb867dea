package org.fangpin.situation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.dataloader.DataLoader;
import org.fangpin.evidence.EvidenceFile;
import org.fangpin.evidence.EvidenceFiles;
import org.fangpin.evidence.EvidenceKind;
import org.fangpin.graphql.GlobalId;
import org.fangpin.household.Household;
import org.fangpin.security.duties.Act;
import org.fangpin.security.Caller;
import org.fangpin.security.CallerContext;
import org.fangpin.situation.MustVisit.VisitPlan;
import org.fangpin.situation.SituationInputs.CorrectIncomeInput;
import org.fangpin.situation.SituationInputs.IncomeLineInput;
import org.fangpin.situation.SituationInputs.IncomeRecordInput;
import org.fangpin.situation.SituationInputs.VisitInput;
import org.fangpin.situation.SituationPayloads.IncomeLinePayload;
import org.fangpin.situation.SituationPayloads.IncomeRecordPayload;
import org.fangpin.situation.SituationPayloads.VisitPayload;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/** Income, visits, guarantees and must-visit categories of households, batch-loaded. */
@Controller
class SituationController {

	private final SituationService situation;

	private final MustVisit mustVisit;

	private final EvidenceFiles evidence;

	SituationController(SituationService situation, MustVisit mustVisit, EvidenceFiles evidence,
			BatchLoaderRegistry loaders) {
		this.situation = situation;
		this.mustVisit = mustVisit;
		this.evidence = evidence;
		loaders.<Long, List<Income>>forName("incomesOfHousehold")
			.registerMappedBatchLoader((ids, environment) -> Mono
				.fromCallable(() -> situation.incomesOf(CallerContext.of(environment), ids)));
	}

	@QueryMapping
	List<IncomeLine> incomeLines(@Argument @Nullable Integer year) {
		return this.situation.incomeLines(year);
	}

	@QueryMapping
	VisitPlan visitPlan(@Argument @Nullable String gridCode, @ContextValue Caller caller) {
		return this.mustVisit.plan(caller, gridCode);
	}

	@MutationMapping
	IncomeRecordPayload recordIncome(@Argument IncomeRecordInput input, Act act) {
		return this.situation.recordIncome(act, input);
	}

	@MutationMapping
	IncomeRecordPayload correctIncome(@Argument CorrectIncomeInput input, Act act) {
		return this.situation.correctIncome(act, input);
	}

	@MutationMapping
	VisitPayload recordVisit(@Argument VisitInput input, Act act) {
		return this.situation.recordVisit(act, input);
	}

	@MutationMapping
	IncomeLinePayload setIncomeLine(@Argument IncomeLineInput input, Act act) {
		return this.situation.setIncomeLine(act, input);
	}

	@SchemaMapping(typeName = "Visit")
	String id(Visit visit) {
		return new GlobalId("Visit", visit.id()).encode();
	}

	@BatchMapping(typeName = "Visit")
	Map<Visit, List<EvidenceFile>> files(List<Visit> visits, @ContextValue Caller caller) {
		Map<Long, List<EvidenceFile>> byVisit = this.evidence.ofTargets(caller, EvidenceKind.Target.VISIT,
				visits.stream().map(Visit::id).toList());
		return visits.stream().collect(Collectors.toMap(Function.identity(), (visit) -> byVisit.get(visit.id())));
	}

	@SchemaMapping(typeName = "Household")
	CompletableFuture<List<Income>> incomeRecords(Household household, DataLoader<Long, List<Income>> incomesOfHousehold) {
		return incomesOfHousehold.load(household.id()).thenApply((incomes) -> (incomes != null) ? incomes : List.of());
	}

	@SchemaMapping(typeName = "Household")
	CompletableFuture<@Nullable Income> latestIncome(Household household,
			DataLoader<Long, List<Income>> incomesOfHousehold) {
		return incomeRecords(household, incomesOfHousehold)
			.thenApply((incomes) -> incomes.isEmpty() ? null : incomes.getLast());
	}

	@BatchMapping(typeName = "Household")
	Map<Household, List<GuaranteeAssessment>> guarantees(List<Household> households, @ContextValue Caller caller) {
		Map<Long, List<GuaranteeAssessment>> byHousehold = this.situation.currentGuarantees(caller,
				households.stream().map(Household::id).toList());
		return households.stream().collect(Collectors.toMap(Function.identity(), (h) -> byHousehold.get(h.id())));
	}

	@BatchMapping(typeName = "Household")
	Map<Household, List<Visit>> visits(List<Household> households, @ContextValue Caller caller) {
		Map<Long, List<Visit>> byHousehold = this.situation.visitsOf(caller,
				households.stream().map(Household::id).toList());
		return households.stream().collect(Collectors.toMap(Function.identity(), (h) -> byHousehold.get(h.id())));
	}

	@BatchMapping(typeName = "Household")
	Map<Household, Set<MustVisitCategory>> mustVisit(List<Household> households, @ContextValue Caller caller) {
		return this.mustVisit.visibleTo(caller, households);
	}

	@BatchMapping(typeName = "Visit", field = "guarantees")
	Map<Visit, List<GuaranteeAssessment>> guaranteesOfVisits(List<Visit> visits) {
		return this.situation.assessmentsOf(visits);
	}

}
