package org.fangpin.db;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fangpin.FangpinApplication;
import org.fangpin.devservices.DevServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Two API instances on one database, as stateless replicas run: each leases its own id node, and rows they
 * insert at the same time never collide.
 */
class NodeLeaseTest {

	private static final int ROWS_PER_INSTANCE = 5_000;

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoInstances() {
		first = start();
		second = start();
	}

	@AfterAll
	static void stop() {
		second.close();
		first.close();
	}

	@Test
	void instancesOnOneDatabaseLeaseDifferentNodes() {
		assertThat(first.getBean(NodeLease.class).node()).isNotEqualTo(second.getBean(NodeLease.class).node());
	}

	@Test
	void concurrentInsertsOfTwoInstancesNeverCollide() throws Exception {
		// a table keyed by the ids alone: a collision is a duplicate key
		first.getBean(JdbcTemplate.class).execute("CREATE TABLE id_probe (id BIGINT NOT NULL, PRIMARY KEY (id))");
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Callable<Integer>> writers = new ArrayList<>();
			for (ConfigurableApplicationContext instance : List.of(first, second, first, second)) {
				writers.add(() -> insertIds(instance, ROWS_PER_INSTANCE / 2));
			}
			for (Future<Integer> writer : threads.invokeAll(writers)) {
				writer.get();
			}
			// counted in the table: rewritten batches report no count per row
			assertThat(first.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM id_probe", Integer.class))
				.isEqualTo(2 * ROWS_PER_INSTANCE);
		}
		finally {
			threads.shutdownNow();
			first.getBean(JdbcTemplate.class).execute("DROP TABLE id_probe");
		}
	}

	@Test
	void aNodeHeldByARunningInstanceCannotBeLeasedAgain() {
		int held = first.getBean(NodeLease.class).node();
		NodeLeaseMapper leases = second.getBean(NodeLeaseMapper.class);
		assertThatIllegalStateException().isThrownBy(() -> new NodeLease(leases, held, Duration.ofSeconds(60)))
			.withMessageContaining("leased by another running instance");
	}

	@Test
	void aRenewedLeaseOutlivesItsFirstExpiry() throws Exception {
		NodeLease lease = new NodeLease(first.getBean(NodeLeaseMapper.class), null, Duration.ofSeconds(3));
		try {
			// the renewal keeps a healthy lease alive past its first expiry
			Thread.sleep(4_000);
			lease.check();
		}
		finally {
			lease.destroy();
		}
	}

	/** Each row's id from the instance's own generator; a duplicate key would fail the batch. */
	private static int insertIds(ConfigurableApplicationContext instance, int rows) {
		IdGenerator ids = instance.getBean(IdGenerator.class);
		JdbcTemplate jdbc = instance.getBean(JdbcTemplate.class);
		List<Object[]> batch = new ArrayList<>();
		for (int i = 0; i < rows; i++) {
			batch.add(new Object[] { ids.nextId() });
		}
		for (int from = 0; from < rows; from += 500) {
			jdbc.batchUpdate("INSERT INTO id_probe (id) VALUES (?)", batch.subList(from, Math.min(rows, from + 500)));
		}
		return rows;
	}

	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(FangpinApplication.class)
			.initializers((context) -> context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("devServices", DevServices.forTests().properties())))
			.properties("server.port=0", "fangpin.demo-data.enabled=false", "spring.main.banner-mode=off")
			.run();
	}

}
