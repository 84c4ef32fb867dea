package org.fangpin.grid;

import java.util.List;
import java.util.Optional;

import org.fangpin.gridcode.GridCode;
import org.fangpin.security.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The cadres holding a duty over a household's grid (its group's grid workers, its village's cadres, its
 * township's and its county's officers), as Keycloak has them: whom a case's contact cadre is chosen from
 * (seed 003: 一户一人, a person of the grid, not a name typed in).
 */
@Component
public class GridPeople {

	private final GridWorkers workers;

	GridPeople(GridWorkers workers) {
		this.workers = workers;
	}

	/**
	 * A cadre's account.
	 *
	 * @param subject the account's id: the subject of its tokens
	 * @param gridCode the grid the duty is held in
	 */
	public record Cadre(String subject, String username, String name, Role role, String gridCode,
			@Nullable String phone) {
	}

	/** The people holding {@code grid} in {@code role}, in the order Keycloak lists them. */
	public List<Cadre> holding(GridCode grid, Role role) {
		return this.workers.of(grid)
			.stream()
			.filter((worker) -> worker.roles().contains(role))
			.map((worker) -> new Cadre(worker.subject(), worker.username(), worker.name(), role, worker.gridCode(),
					worker.phone()))
			.toList();
	}

	/** Who holds {@code post} in {@code grid}: a name and a phone, whatever duty they hold, if any. */
	public record PostHolding(String name, @Nullable String phone) {
	}

	/** The people holding {@code post} in {@code grid}, as the grid administrators gave it (Grid.posts). */
	public List<PostHolding> holding(GridCode grid, Post post) {
		return this.workers.posts(grid)
			.stream()
			.filter((holder) -> holder.post() == post)
			.map((holder) -> new PostHolding(holder.name(), holder.phone()))
			.toList();
	}

	/** The cadre of this username who holds a duty over the group {@code groupCode} or a grid above it. */
	public Optional<Cadre> covering(String groupCode, String username) {
		List<GridCode> lineage = new GridCode(groupCode).lineage();
		for (GridCode grid : lineage.reversed()) {
			for (GridWorkers.GridWorker worker : this.workers.of(grid)) {
				Optional<Role> cadre = worker.roles().stream().filter(Role::isCadre).findFirst();
				if (worker.username().equals(username) && cadre.isPresent()) {
					return Optional.of(new Cadre(worker.subject(), worker.username(), worker.name(), cadre.get(),
							worker.gridCode(), worker.phone()));
				}
			}
		}
		return Optional.empty();
	}

}
