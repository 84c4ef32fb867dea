package org.fangpin.console;

import java.time.Duration;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The console's files are open to anyone: they hold no data, and the person logs in from them. Everything they
 * show comes from {@code /graphql} and the downloads, which stay behind the token. The page may run only the
 * scripts and styles served with it and talk only to the API and Keycloak: an injected script has nowhere to run
 * and nowhere to send what it read.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsoleProperties.class)
class ConsoleConfiguration implements WebMvcConfigurer {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain consoleFilterChain(HttpSecurity http, ConsoleProperties properties) {
		String keycloak = properties.keycloakOrigin();
		http.securityMatcher("/console", "/console/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.GET, "/console", "/console/**")
				.permitAll()
				.anyRequest()
				.denyAll())
			.headers((headers) -> headers
				// the login and its renewal are redirects and calls of fetch (refresh token): no frame, no inline code
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'none'; script-src 'self'; "
						+ "style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self' " + keycloak
						+ "; form-action 'self'; frame-src 'none'; frame-ancestors 'none'; base-uri 'none'")))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.disable());
		return http.build();
	}

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/console", "/console/");
		registry.addViewController("/console/").setViewName("forward:/console/index.html");
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// named by the hash of their content: a new build has new names, so a year is safe. The rest (index.html)
		// keeps Spring Security's no-store, which yields to a Cache-Control set here
		registry.addResourceHandler("/console/assets/**")
			.addResourceLocations("classpath:/static/console/assets/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
	}

}
