package org.fangpin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the API's CPU goes per request, by layer: a flight recording of the API process under load (JFR's
 * execution samples every 2 ms: threads running Java code, so the time in the kernel's socket calls is not
 * among them) and the CPU of each of its threads read from {@code /proc} over the same period. The request
 * threads' CPU is shared out over the layers in proportion to their samples; a sample belongs to the layer of
 * its innermost frame outside the JDK and Spring's core utilities (a {@code HashMap.get} called by graphql-java
 * is graphql-java's). The garbage collector, the JIT and the API's background threads are counted apart, from
 * {@code /proc}. JDK 25's CPU-time sampler ({@code jdk.CPUTimeSample}) would count native code too, but it
 * loses most samples of virtual threads, on which the API serves its requests.
 */
final class CpuBudget {

	/** Frames that belong to whoever called them. */
	private static final List<String> PASS_THROUGH = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.",
			"org.springframework.util.", "org.springframework.core.", "org.springframework.beans.", "kotlin.");

	/** The layers, the first whose prefix matches a frame's class wins. */
	private static final List<Map.Entry<String, List<String>>> LAYERS = List.of(
			Map.entry("ID number decryption", List.of("org.fangpin.household.IdNumberCipher")),
			Map.entry("sensitive-access log", List.of("org.fangpin.security.fields.SensitiveAccessLog")),
			Map.entry("field release", List.of("org.fangpin.security.fields.FieldRuleWiring", "org.fangpin.security.fields.FieldPolicy",
					"org.fangpin.security.fields.PersonalValues", "org.fangpin.security.fields.PersonalData",
					"org.fangpin.security.fields.DeclaredFields", "org.fangpin.security.duties.Grants")),
			Map.entry("request log, logging", List.of("org.fangpin.limits.RequestLog", "ch.qos.logback", "org.slf4j",
					"org.apache.logging")),
			Map.entry("limits, trusted documents", List.of("org.fangpin.limits")),
			Map.entry("token decoding, verification", List.of("com.nimbusds", "net.minidev",
					"org.springframework.security.oauth2")),
			Map.entry("security filters, caller", List.of("org.springframework.security", "org.fangpin.security")),
			Map.entry("JDBC driver, pool", List.of("com.mysql", "org.mariadb", "com.zaxxer.hikari")),
			Map.entry("MyBatis", List.of("org.apache.ibatis", "org.mybatis")),
			Map.entry("transactions, proxies", List.of("org.springframework.transaction", "org.springframework.aop",
					"org.springframework.jdbc", "org.springframework.dao", "org.springframework.cglib")),
			Map.entry("JSON (Jackson)", List.of("tools.jackson", "com.fasterxml.jackson")),
			Map.entry("Spring for GraphQL, Reactor, context", List.of("org.springframework.graphql", "reactor.",
					"io.micrometer.context")),
			Map.entry("observation (Micrometer)", List.of("io.micrometer")),
			Map.entry("graphql-java, DataLoader", List.of("graphql.", "org.dataloader")),
			Map.entry("HTTP (Tomcat)", List.of("org.apache.catalina", "org.apache.coyote", "org.apache.tomcat",
					"jakarta.servlet", "org.springframework.boot.web", "org.springframework.boot.tomcat")),
			Map.entry("Spring MVC", List.of("org.springframework.web", "org.springframework.http")),
			Map.entry("application (controllers, services)", List.of("org.fangpin.")),
			Map.entry("Spring (other)", List.of("org.springframework.")));

	private static final String JDK_ONLY = "JDK only (no caller frame in the stack)";

	private static final String OTHER = "other libraries";

	private final Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");

	private final ProcessHandle api;

	private final Path recording;

	private Map<Long, ThreadCpu> before = Map.of();

	private long processBefore;

	/**
	 * The CPU of a thread of the API process so far, with its (kernel-truncated) name: in all, and the part spent in
	 * the kernel on its behalf (system time: socket reads and writes mostly), which no execution sample sees.
	 */
	record ThreadCpu(String name, long nanos, long systemNanos) {
	}

	CpuBudget(ProcessHandle api, Path recording) {
		this.api = api;
		this.recording = recording;
	}

	/** Starts the recording and notes each thread's CPU. */
	void start() throws Exception {
		Files.deleteIfExists(this.recording);
		Path settings = this.recording.resolveSibling("budget.jfc");
		Files.writeString(settings, """
				<?xml version="1.0" encoding="UTF-8"?>
				<configuration version="2.0" label="budget" description="execution samples only">
				  <event name="jdk.ExecutionSample"><setting name="enabled">true</setting><setting name="period">2 ms</setting></event>
				</configuration>
				""");
		jcmd("JFR.start", "name=budget", "settings=" + settings.toAbsolutePath(),
				"filename=" + this.recording.toAbsolutePath());
		this.before = threadCpu(this.api.pid());
		this.processBefore = processCpu(this.api.pid());
	}

	/**
	 * Stops the recording and shares out the CPU the API's threads used since {@link #start()} over
	 * {@code requests}.
	 *
	 * @return the budget's lines
	 */
	List<String> stop(long requests) throws Exception {
		Map<Long, ThreadCpu> after = threadCpu(this.api.pid());
		long process = processCpu(this.api.pid()) - this.processBefore;
		jcmd("JFR.stop", "name=budget");
		Map<String, Long> byKind = new LinkedHashMap<>();
		long requestSystem = 0;
		for (Map.Entry<Long, ThreadCpu> thread : after.entrySet()) {
			ThreadCpu earlier = this.before.getOrDefault(thread.getKey(), new ThreadCpu("", 0, 0));
			String kind = kind(thread.getValue().name());
			byKind.merge(kind, thread.getValue().nanos() - earlier.nanos(), Long::sum);
			if (kind.equals(REQUEST)) {
				requestSystem += thread.getValue().systemNanos() - earlier.systemNanos();
			}
		}
		// the JIT's compiler threads come and go with the work; what ended threads used is only in the process's total
		byKind.put(ENDED, process - byKind.values().stream().mapToLong(Long::longValue).sum());
		Map<String, Long> samples = new HashMap<>();
		long total = 0;
		for (RecordedEvent event : RecordingFile.readAllEvents(this.recording)) {
			if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
				continue;
			}
			RecordedThread thread = event.getThread("sampledThread");
			if (thread == null || !kind(thread.getJavaName()).equals(REQUEST)) {
				continue;
			}
			samples.merge(layer(event.getStackTrace()), 1L, Long::sum);
			total++;
		}
		// the samples share out the request threads' time in user space; their time in the kernel is a layer of its own
		long requestCpu = byKind.getOrDefault(REQUEST, 0L);
		double user = Math.max(0, requestCpu - requestSystem) / 1e6 / requests;
		double kernel = Math.min(requestSystem, requestCpu) / 1e6 / requests;
		double all = user + kernel;
		List<String> lines = new ArrayList<>();
		lines.add("%-40s %8s %10s".formatted("layer (request threads, " + total + " samples)", "share", "ms/req"));
		long counted = total;
		Map<String, Double> layers = new HashMap<>();
		samples.forEach((layer, count) -> layers.put(layer, user * count / counted));
		layers.put(KERNEL, kernel);
		layers.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
			.forEach((layer) -> lines.add("%-40s %7.1f%% %10.3f".formatted(layer.getKey(),
					(all > 0) ? 100.0 * layer.getValue() / all : 0, layer.getValue())));
		for (String kind : List.of(REQUEST, "garbage collector", "JIT compilers", ENDED, "flight recorder", "other threads")) {
			lines.add("%-40s %8s %10.3f".formatted("= " + kind, "", byKind.getOrDefault(kind, 0L) / 1e6 / requests));
		}
		lines.add("%-40s %8s %10.3f".formatted("= the API process", "", process / 1e6 / requests));
		return lines;
	}

	private static final String REQUEST = "request threads";

	private static final String ENDED = "threads ended meanwhile (JIT mostly)";

	/** The request threads' system time: the kernel's work for them (sockets), which no execution sample sees. */
	private static final String KERNEL = "kernel (system time: sockets)";

	/**
	 * What a thread does, from its name (at most 15 characters in /proc, the whole one in a recording). Requests
	 * run on virtual threads (Tomcat's handlers, Spring's tasks), which /proc knows as their carriers.
	 */
	private static String kind(String name) {
		if (Stream.of("http-nio", "tomcat-handler", "task-", "ForkJoinPool-1", "VirtualThread-u", "MasterPoller")
			.anyMatch(name::startsWith)) {
			return REQUEST;
		}
		if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
			return "garbage collector";
		}
		if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
			return "JIT compilers";
		}
		if (name.startsWith("JFR")) {
			return "flight recorder";
		}
		return "other threads";
	}

	private static String layer(RecordedStackTrace stack) {
		for (RecordedFrame frame : stack.getFrames()) {
			if (!frame.isJavaFrame()) {
				continue;
			}
			String type = frame.getMethod().getType().getName();
			if (PASS_THROUGH.stream().anyMatch(type::startsWith)) {
				continue;
			}
			for (Map.Entry<String, List<String>> layer : LAYERS) {
				if (layer.getValue().stream().anyMatch(type::startsWith)) {
					return layer.getKey();
				}
			}
			return OTHER;
		}
		return JDK_ONLY;
	}

	/** Each thread's CPU (user and system) by thread id, from {@code /proc/<pid>/task}. */
	static Map<Long, ThreadCpu> threadCpu(long pid) throws IOException {
		Map<Long, ThreadCpu> threads = new HashMap<>();
		long tick = TimeUnit.SECONDS.toNanos(1) / 100;
		try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
			for (Path task : tasks.toList()) {
				String stat;
				try {
					stat = Files.readString(task.resolve("stat"));
				}
				catch (IOException ex) {
					// the thread ended meanwhile
					continue;
				}
				String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
				String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				threads.put(Long.parseLong(task.getFileName().toString()),
						new ThreadCpu(name, (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * tick,
								Long.parseLong(fields[12]) * tick));
			}
		}
		return threads;
	}

	/** The CPU (user and system) the whole process has used, from {@code /proc/<pid>/stat}. */
	static long processCpu(long pid) throws IOException {
		String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * (TimeUnit.SECONDS.toNanos(1) / 100);
	}

	/** The process's resident memory now and at its peak, in MB, from {@code /proc/<pid>/status}. */
	static long[] residentMb(long pid) {
		try {
			long now = 0;
			long peak = 0;
			for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
				if (line.startsWith("VmRSS:")) {
					now = kilobytes(line) / 1024;
				}
				else if (line.startsWith("VmHWM:")) {
					peak = kilobytes(line) / 1024;
				}
			}
			return new long[] { now, peak };
		}
		catch (IOException ex) {
			return new long[] { -1, -1 };
		}
	}

	private static long kilobytes(String line) {
		return Long.parseLong(line.replaceAll("[^0-9]", ""));
	}

	private void jcmd(String... command) throws Exception {
		List<String> arguments = new ArrayList<>(List.of(this.jcmd.toString(), String.valueOf(this.api.pid())));
		arguments.addAll(List.of(command));
		Process process = new ProcessBuilder(arguments).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (process.waitFor() != 0 || output.toLowerCase(Locale.ROOT).contains("error")) {
			throw new IllegalStateException("jcmd " + String.join(" ", command) + ": " + output);
		}
	}

}
