package org.fangpin.grid;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fangpin.gridcode.GridCode;
import org.fangpin.security.HeldDuty;
import org.fangpin.grid.KeycloakAdmin;
import org.fangpin.security.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * The grid groups and their people in Keycloak, through its Admin REST API: what the API reads and writes
 * there, and nothing it keeps itself. A grid's group is named by its code and nested like the codes, so its
 * path follows from the code ({@code /999901/999901100/999901100201}).
 */
@Component
class KeycloakGroups {

	/** Children and members are read in pages of this size. */
	private static final int PAGE = 500;

	private final KeycloakAdmin admin;

	KeycloakGroups(KeycloakAdmin admin) {
		this.admin = admin;
	}

	boolean isEnabled() {
		return this.admin.isEnabled();
	}

	/** {@code /999901/999901100} for grid {@code 999901100}. */
	static String path(GridCode code) {
		return HeldDuty.groupPath(code);
	}

	/** {@code /999901/auditor}: the group of a role held in county {@code county}. */
	static String path(GridCode county, Role role) {
		return path(county) + "/" + role.realmRole();
	}

	Optional<KcGroup> findByPath(GridCode code) {
		return findByPath(path(code));
	}

	Optional<KcGroup> findByPath(String path) {
		try {
			return Optional.ofNullable(rest().get().uri("/group-by-path" + path).retrieve().body(KcGroup.class));
		}
		catch (HttpClientErrorException.NotFound ex) {
			return Optional.empty();
		}
	}

	/** The groups at the top of the realm. */
	List<KcGroup> topLevel() {
		return pages("/groups?briefRepresentation=false&populateHierarchy=false", new ParameterizedTypeReference<List<KcGroup>>() {
		});
	}

	/**
	 * A county's group and every group below it, parents before children, walked level by level: a call per
	 * group that has children (about 330 for a county). Empty when the county has no group.
	 */
	List<KcGroup> tree(GridCode county) {
		List<KcGroup> result = new ArrayList<>();
		List<KcGroup> level = findByPath(county).map(List::of).orElse(List.of());
		while (!level.isEmpty()) {
			result.addAll(level);
			List<KcGroup> next = new ArrayList<>();
			for (KcGroup group : level) {
				if (group.subGroupCount() == null || group.subGroupCount() > 0) {
					next.addAll(children(group.id()));
				}
			}
			level = next;
		}
		return result;
	}

	private List<KcGroup> children(String groupId) {
		return pages("/groups/" + groupId + "/children?briefRepresentation=false", new ParameterizedTypeReference<List<KcGroup>>() {
		});
	}

	/** Creates the group of a grid below its parent's group (at the top for a county); returns its id. */
	String create(Grid grid, @Nullable String parentGroupId) {
		String uri = (parentGroupId != null) ? "/groups/" + parentGroupId + "/children" : "/groups";
		return created(uri, representation(grid));
	}

	/** Creates the group of a county duty below the county's group; returns its id. */
	String createRoleGroup(String countyGroupId, Role role) {
		Map<String, Object> group = Map.of("name", role.realmRole(), "attributes",
				Map.of("name", List.of(role.label()), "role", List.of(role.realmRole())));
		return created("/groups/" + countyGroupId + "/children", group);
	}

	/** POSTs a group and answers its id, from where Keycloak says it put it. */
	private String created(String uri, Map<String, Object> group) {
		URI location = rest().post().uri(uri).body(group).retrieve().toBodilessEntity().getHeaders().getLocation();
		if (location == null) {
			throw new IllegalStateException("Keycloak created group " + group.get("name") + " without saying where");
		}
		String text = location.getPath();
		return text.substring(text.lastIndexOf('/') + 1);
	}

	/** Brings the group's name and level to the grid's, keeping its other attributes (the posts held in it). */
	void update(KcGroup group, Grid grid) {
		Map<String, Object> representation = new HashMap<>(representation(grid));
		Map<String, List<String>> attributes = new HashMap<>((group.attributes() != null) ? group.attributes() : Map.of());
		attributes.putAll(gridAttributes(grid));
		representation.put("attributes", attributes);
		rest().put().uri("/groups/{id}", group.id()).body(representation).retrieve().toBodilessEntity();
	}

	/** Sets the usernames holding a post in the group (none: the attribute goes), keeping the rest of the group. */
	void setPostHolders(GridCode grid, Post post, List<String> usernames) {
		KcGroup group = findByPath(grid).orElseThrow(() -> new IllegalStateException("No Keycloak group of grid " + grid));
		Map<String, List<String>> attributes = new HashMap<>((group.attributes() != null) ? group.attributes() : Map.of());
		if (usernames.isEmpty()) {
			attributes.remove(post.attribute());
		}
		else {
			attributes.put(post.attribute(), List.copyOf(usernames));
		}
		rest().put()
			.uri("/groups/{id}", group.id())
			.body(Map.of("name", group.name(), "attributes", attributes))
			.retrieve()
			.toBodilessEntity();
	}

	void delete(String groupId) {
		rest().delete().uri("/groups/{id}", groupId).retrieve().toBodilessEntity();
	}

	/** Members of a group (direct members only), in Keycloak's order. */
	List<KcUser> members(String groupId) {
		return pages("/groups/" + groupId + "/members?briefRepresentation=false", new ParameterizedTypeReference<List<KcUser>>() {
		});
	}

	Optional<KcUser> user(String username) {
		List<KcUser> found = rest().get()
			.uri("/users?exact=true&briefRepresentation=false&username={username}", username)
			.retrieve()
			.body(new ParameterizedTypeReference<List<KcUser>>() {
			});
		return (found == null) ? Optional.empty() : found.stream().filter((user) -> username.equalsIgnoreCase(user.username())).findFirst();
	}

	/** The groups a user belongs to, by path. */
	List<String> groupPaths(String userId) {
		List<KcGroup> groups = rest().get().uri("/users/{id}/groups?briefRepresentation=true&max=1000", userId).retrieve()
			.body(new ParameterizedTypeReference<List<KcGroup>>() {
			});
		return (groups == null) ? List.of() : groups.stream().map(KcGroup::path).toList();
	}

	void join(String userId, String groupId) {
		rest().put().uri("/users/{id}/groups/{group}", userId, groupId).retrieve().toBodilessEntity();
	}

	void leave(String userId, String groupId) {
		rest().delete().uri("/users/{id}/groups/{group}", userId, groupId).retrieve().toBodilessEntity();
	}

	/** Sets one attribute of a user, keeping the rest of the user as it is (a PUT replaces all attributes). */
	@SuppressWarnings("unchecked")
	void setAttribute(String userId, String name, String value) {
		Map<String, Object> user = rest().get().uri("/users/{id}", userId).retrieve()
			.body(new ParameterizedTypeReference<Map<String, Object>>() {
			});
		if (user == null) {
			throw new IllegalStateException("Keycloak returned no user " + userId);
		}
		Map<String, Object> changed = new HashMap<>(user);
		Map<String, Object> attributes = new HashMap<>(
				(Map<String, Object>) user.getOrDefault("attributes", Map.of()));
		attributes.put(name, List.of(value));
		changed.put("attributes", attributes);
		rest().put().uri("/users/{id}", userId).body(changed).retrieve().toBodilessEntity();
	}

	/** Maps a realm role to a user; the role is looked up among those the service account may map. */
	void grantRealmRole(String userId, String role) {
		List<KcRole> available = rest().get().uri("/users/{id}/role-mappings/realm/available", userId).retrieve()
			.body(new ParameterizedTypeReference<List<KcRole>>() {
			});
		KcRole found = (available == null) ? null
				: available.stream().filter((candidate) -> role.equals(candidate.name())).findFirst().orElse(null);
		if (found != null) {
			rest().post().uri("/users/{id}/role-mappings/realm", userId).body(List.of(found)).retrieve().toBodilessEntity();
		}
	}

	private <T> List<T> pages(String uri, ParameterizedTypeReference<List<T>> type) {
		List<T> all = new ArrayList<>();
		for (int first = 0;; first += PAGE) {
			List<T> page = rest().get().uri(uri + "&first=" + first + "&max=" + PAGE).retrieve().body(type);
			if (page == null || page.isEmpty()) {
				return all;
			}
			all.addAll(page);
			if (page.size() < PAGE) {
				return all;
			}
		}
	}

	private static Map<String, Object> representation(Grid grid) {
		return Map.of("name", grid.code().value(), "attributes", gridAttributes(grid));
	}

	private static Map<String, List<String>> gridAttributes(Grid grid) {
		return Map.of("name", List.of(grid.name()), "level", List.of(grid.level().name()));
	}

	private RestClient rest() {
		return this.admin.rest();
	}

	/** A group as the Admin API returns it. */
	record KcGroup(String id, String name, String path, @Nullable Map<String, List<String>> attributes,
			@Nullable Long subGroupCount) {

		@Nullable String attribute(String key) {
			List<String> values = (this.attributes != null) ? this.attributes.get(key) : null;
			return (values == null || values.isEmpty()) ? null : values.getFirst();
		}

		List<String> attributeValues(String key) {
			List<String> values = (this.attributes != null) ? this.attributes.get(key) : null;
			return (values == null) ? List.of() : values;
		}

		/** The parent's path, null at the top. */
		@Nullable String parentPath() {
			int slash = this.path.lastIndexOf('/');
			return (slash > 0) ? this.path.substring(0, slash) : null;
		}

	}

	/** A user as the Admin API returns it. */
	record KcUser(String id, String username, @Nullable String firstName, @Nullable String lastName,
			@Nullable Map<String, List<String>> attributes) {

		@Nullable String attribute(String key) {
			List<String> values = (this.attributes != null) ? this.attributes.get(key) : null;
			return (values == null || values.isEmpty()) ? null : values.getFirst();
		}

		/** Chinese names read family name first, without a space. */
		String displayName() {
			if (this.lastName != null && this.firstName != null) {
				return this.lastName + this.firstName;
			}
			return this.username;
		}

	}

	record KcRole(String id, String name) {
	}

}
