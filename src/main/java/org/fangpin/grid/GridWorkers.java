package org.fangpin.grid;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.fangpin.graphql.Connection;
import org.fangpin.graphql.Page;
import org.fangpin.grid.KeycloakGroups.KcGroup;
import org.fangpin.grid.KeycloakGroups.KcUser;
import org.fangpin.gridcode.GridCode;
import org.fangpin.security.rows.DataSubject;
import org.fangpin.security.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * 网格员信息台账 (seed 002, 附件2): the people holding a grid, read from Keycloak (the members of the grid's
 * group, or of a county's role groups), and the posts held in it (the group's {@code post.*} attributes, each
 * listing usernames), never stored here: an administrator may change them in the admin console.
 * A grid's list is kept for a short while, and forgotten when the API changes it.
 */
@Component
class GridWorkers {

	/** Long enough for one screen's queries to share one read, short enough for console changes to show. */
	static final Duration CACHE_FOR = Duration.ofSeconds(30);

	private final KeycloakGroups keycloak;

	private final Clock clock;

	private final Map<GridCode, Cached> cache = new ConcurrentHashMap<>();

	GridWorkers(KeycloakGroups keycloak, Clock clock) {
		this.keycloak = keycloak;
		this.clock = clock;
	}

	/**
	 * A person holding a grid.
	 *
	 * @param position where they stand in the grid's list, for the cursor
	 * @param gridCode the grid: its duties release the phone
	 * @param subject the account's id in Keycloak: the subject of its tokens
	 */
	record GridWorker(long position, String gridCode, String username, String name, List<Role> roles,
			@Nullable String phone, String subject) implements PersonOfGrid {
	}

	/** A person as personal data of a grid, not of a household: the duties covering the grid release the phone. */
	interface PersonOfGrid extends DataSubject {

		String gridCode();

		@Override
		default @Nullable Long dataSubjectHousehold() {
			return null;
		}

		@Override
		default String dataSubjectGrid() {
			return gridCode();
		}

	}

	/**
	 * A post held in a grid, by a person who need hold no duty (seed 000: the county leader in charge of a
	 * township is its 网格长).
	 *
	 * @param gridCode the grid: its duties release the phone
	 */
	record PostHolder(Post post, String gridCode, String username, String name, @Nullable String phone)
			implements PersonOfGrid {

		public String title() {
			return this.post.title();
		}

	}

	/** A page of the people holding a grid, or of those holding it with {@code role}. */
	Connection<GridWorker> page(GridCode grid, @Nullable Role role, Page page) {
		List<GridWorker> all = (role == null) ? of(grid)
				: of(grid).stream().filter((worker) -> worker.roles().contains(role)).toList();
		// the cursor is the position in the grid's whole list, so that a filtered page continues where it ended
		long after = (page.afterId() != null) ? page.afterId() : 0;
		List<GridWorker> rows = all.stream().filter((worker) -> worker.position() > after).limit(page.fetchSize()).toList();
		return page.toConnection(rows, GridWorker::position, all::size);
	}

	List<GridWorker> of(GridCode grid) {
		return people(grid).workers();
	}

	/** The posts held in a grid, in the order of {@link Post} and then as the administrator gave them. */
	List<PostHolder> posts(GridCode grid) {
		return people(grid).posts();
	}

	private Cached people(GridCode grid) {
		Instant now = this.clock.instant();
		Cached cached = this.cache.get(grid);
		if (cached != null && cached.until().isAfter(now)) {
			return cached;
		}
		Cached read = new Cached(read(grid), readPosts(grid), now.plus(CACHE_FOR));
		this.cache.put(grid, read);
		return read;
	}

	void forget(GridCode grid) {
		this.cache.remove(grid);
	}

	/**
	 * Below the county, the members of the grid's group, who hold its level's role; in a county, the members of
	 * each of its role groups.
	 */
	private List<GridWorker> read(GridCode grid) {
		if (!this.keycloak.isEnabled()) {
			return List.of();
		}
		List<GridWorker> workers = new ArrayList<>();
		Optional<Role> sole = Role.heldIn(grid.level());
		if (sole.isPresent()) {
			add(workers, grid, KeycloakGroups.path(grid), sole.get());
		}
		else {
			for (Role role : Role.ofCounty()) {
				add(workers, grid, KeycloakGroups.path(grid, role), role);
			}
		}
		return List.copyOf(workers);
	}

	private void add(List<GridWorker> workers, GridCode grid, String path, Role role) {
		Optional<KcGroup> group = this.keycloak.findByPath(path);
		if (group.isEmpty()) {
			return;
		}
		for (KcUser user : this.keycloak.members(group.get().id())) {
			workers.add(new GridWorker(workers.size() + 1, grid.value(), user.username(), user.displayName(),
					List.of(role), user.attribute("phone"), user.id()));
		}
	}

	private List<PostHolder> readPosts(GridCode grid) {
		if (!this.keycloak.isEnabled()) {
			return List.of();
		}
		Optional<KcGroup> group = this.keycloak.findByPath(grid);
		if (group.isEmpty()) {
			return List.of();
		}
		List<PostHolder> posts = new ArrayList<>();
		for (Post post : Post.values()) {
			for (String username : group.get().attributeValues(post.attribute())) {
				// an account deleted in the console since holds nothing
				this.keycloak.user(username)
					.ifPresent((user) -> posts.add(new PostHolder(post, grid.value(), user.username(), user.displayName(),
							user.attribute("phone"))));
			}
		}
		return List.copyOf(posts);
	}

	private record Cached(List<GridWorker> workers, List<PostHolder> posts, Instant until) {
	}

}
