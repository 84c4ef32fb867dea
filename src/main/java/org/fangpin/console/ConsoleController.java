package org.fangpin.console;

import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the console reads before anything else: where to log in. From the API's configuration, so that one built
 * console serves every county and every port.
 */
@RestController
class ConsoleController {

	private final ConsoleProperties properties;

	ConsoleController(ConsoleProperties properties) {
		this.properties = properties;
	}

	@GetMapping("/console/config.json")
	ResponseEntity<Map<String, String>> config() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noCache())
			.body(Map.of("issuer", this.properties.issuer().toString(), "clientId", this.properties.clientId()));
	}

}
