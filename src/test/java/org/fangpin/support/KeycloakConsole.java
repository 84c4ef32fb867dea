package org.fangpin.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * What an administrator does in the Keycloak admin console, done through the Admin REST API as the
 * bootstrap administrator of the master realm: create a person, give a role by hand, look at a group.
 */
public final class KeycloakConsole {

	private final String server;

	private final String admin;

	private final RestClient http = RestClient.create();

	public KeycloakConsole(String issuerUri) {
		this.server = issuerUri.substring(0, issuerUri.indexOf("/realms/"));
		this.admin = this.server + "/admin/realms/fangpin";
	}

	/** Creates an enabled user with the demo password and returns their id. */
	public String createUser(String username, String lastName, String firstName) {
		this.http.post()
			.uri(this.admin + "/users")
			.headers((headers) -> headers.setBearerAuth(adminToken()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("username", username, "enabled", true, "emailVerified", true, "lastName", lastName,
					"firstName", firstName, "email", username + "@fangpin.example", "credentials",
					List.of(Map.of("type", "password", "value", Persona.PASSWORD, "temporary", false))))
			.retrieve()
			.toBodilessEntity();
		return userId(username).orElseThrow();
	}

	public Optional<String> userId(String username) {
		List<Map<String, Object>> users = get("/users?exact=true&username=" + username);
		return users.stream().map((user) -> (String) user.get("id")).findFirst();
	}

	public void deleteUser(String username) {
		userId(username).ifPresent((id) -> this.http.delete()
			.uri(this.admin + "/users/" + id)
			.headers((headers) -> headers.setBearerAuth(adminToken()))
			.retrieve()
			.toBodilessEntity());
	}

	/**
	 * Gives a user a duty as done by hand in the console: membership of a grid's group below the county, of a
	 * county's role group ({@code /999901/auditor}) for a county duty.
	 */
	public void giveDutyByHand(String userId, String groupPath) {
		String groupId = groupId(groupPath).orElseThrow();
		this.http.put()
			.uri(this.admin + "/users/" + userId + "/groups/" + groupId)
			.headers((headers) -> headers.setBearerAuth(adminToken()))
			.retrieve()
			.toBodilessEntity();
	}

	/** Sets a user attribute ({@code department}, {@code member_id}), as done by hand in the console. */
	public void setAttributeByHand(String userId, String name, String value) {
		Map<String, Object> user = this.http.get()
			.uri(this.admin + "/users/" + userId)
			.headers((headers) -> headers.setBearerAuth(adminToken()))
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		Map<String, Object> changed = new HashMap<>(user);
		@SuppressWarnings("unchecked")
		Map<String, Object> attributes = new HashMap<>(
				(Map<String, Object>) user.getOrDefault("attributes", Map.of()));
		attributes.put(name, List.of(value));
		changed.put("attributes", attributes);
		this.http.put()
			.uri(this.admin + "/users/" + userId)
			.headers((headers) -> headers.setBearerAuth(adminToken()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(changed)
			.retrieve()
			.toBodilessEntity();
	}

	/** Maps a user a realm role, as done by hand in the console. */
	public void giveRoleByHand(String userId, String realmRole) {
		Map<String, Object> role = this.http.get()
			.uri(this.admin + "/roles/" + realmRole)
			.headers((headers) -> headers.setBearerAuth(adminToken()))
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		this.http.post()
			.uri(this.admin + "/users/" + userId + "/role-mappings/realm")
			.headers((headers) -> headers.setBearerAuth(adminToken()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(List.of(role))
			.retrieve()
			.toBodilessEntity();
	}

	/** The realm roles mapped to a user directly. */
	public List<String> realmRoles(String userId) {
		List<Map<String, Object>> roles = get("/users/" + userId + "/role-mappings/realm");
		return roles.stream().map((role) -> (String) role.get("name")).toList();
	}

	/** The group at a path ({@code /999901/999901100}), if there is one, with its attributes. */
	public Optional<Map<String, Object>> group(String path) {
		try {
			return Optional.ofNullable(this.http.get()
				.uri(this.admin + "/group-by-path" + path)
				.headers((headers) -> headers.setBearerAuth(adminToken()))
				.retrieve()
				.body(new ParameterizedTypeReference<Map<String, Object>>() {
				}));
		}
		catch (HttpClientErrorException.NotFound ex) {
			return Optional.empty();
		}
	}

	/** Creates a group by hand below the group at {@code parentPath}. */
	public void createGroup(String parentPath, String name) {
		this.http.post()
			.uri(this.admin + "/groups/" + groupId(parentPath).orElseThrow() + "/children")
			.headers((headers) -> headers.setBearerAuth(adminToken()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", name))
			.retrieve()
			.toBodilessEntity();
	}

	public Optional<String> groupId(String path) {
		return group(path).map((group) -> (String) group.get("id"));
	}

	public void deleteGroup(String path) {
		groupId(path).ifPresent((id) -> this.http.delete()
			.uri(this.admin + "/groups/" + id)
			.headers((headers) -> headers.setBearerAuth(adminToken()))
			.retrieve()
			.toBodilessEntity());
	}

	/**
	 * Lets a client of the realm be used from {@code origin} (its redirect under {@code path} and its web origin),
	 * as a county registers the address it serves the console at; the realm file names the development ports only.
	 */
	public void allowClientAt(String clientId, String origin, String path) {
		Map<String, Object> client = get("/clients?clientId=" + clientId).getFirst();
		Map<String, Object> changed = new HashMap<>(client);
		@SuppressWarnings("unchecked")
		List<String> redirects = new ArrayList<>((List<String>) client.get("redirectUris"));
		@SuppressWarnings("unchecked")
		List<String> origins = new ArrayList<>((List<String>) client.get("webOrigins"));
		if (redirects.contains(origin + path)) {
			return;
		}
		redirects.add(origin + path);
		origins.add(origin);
		changed.put("redirectUris", redirects);
		changed.put("webOrigins", origins);
		this.http.put()
			.uri(this.admin + "/clients/" + client.get("id"))
			.headers((headers) -> headers.setBearerAuth(adminToken()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(changed)
			.retrieve()
			.toBodilessEntity();
	}

	private List<Map<String, Object>> get(String path) {
		return this.http.get()
			.uri(this.admin + path)
			.headers((headers) -> headers.setBearerAuth(adminToken()))
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
	}

	/** Drops Keycloak's cached realm, groups included (Realm settings → Action → Clear realm cache). */
	public void clearRealmCache() {
		this.http.post()
			.uri(this.admin + "/clear-realm-cache")
			.headers((headers) -> headers.setBearerAuth(adminToken()))
			.retrieve()
			.toBodilessEntity();
	}

	/** An access token of the bootstrap administrator, as the admin console holds (it lives a minute). */
	public String adminToken() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", "password");
		form.add("client_id", "admin-cli");
		form.add("username", "admin");
		form.add("password", "admin");
		Map<String, Object> response = this.http.post()
			.uri(this.server + "/realms/master/protocol/openid-connect/token")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(form)
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		return (String) response.get("access_token");
	}

}
