package org.fangpin.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.core.io.ClassPathResource;
import org.springframework.util.FileSystemUtils;

/**
 * The machine's Chromium (Debian's {@code chromium} and {@code chromium-driver}), headless, with a fresh profile
 * and nothing of its own on the network, driving the county console as a person would: through Keycloak's login
 * page, then the console's screens.
 */
public final class ConsoleBrowser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Duration WAIT = Duration.ofSeconds(20);

	private final ChromeDriver driver;

	private final Path profile;

	private final Path downloads;

	private final String console;

	/** Opens a browser for the console served at {@code http://localhost:port/console/}. */
	public ConsoleBrowser(int port) {
		this.console = "http://localhost:" + port + "/console/";
		try {
			this.profile = Files.createTempDirectory("console-chromium");
			this.downloads = Files.createDirectories(this.profile.resolve("downloads"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--lang=zh-CN", "--user-data-dir=" + this.profile.resolve("profile"))
			.setExperimentalOption("prefs", Map.of("download.default_directory", this.downloads.toString(),
					"download.prompt_for_download", false));
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().window().setSize(new Dimension(1280, 900));
	}

	/** True when this machine has the browser and the build made the console (not skipped with -Dconsole.skip). */
	public static boolean available() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)
				&& new ClassPathResource("static/console/index.html").exists();
	}

	/** Opens the console, which sends the browser to Keycloak's page; logs {@code persona} in there. */
	public ConsoleBrowser logIn(Persona persona) {
		open("");
		waitFor(By.id("kc-login"));
		this.driver.findElement(By.id("username")).sendKeys(persona.login());
		this.driver.findElement(By.id("password")).sendKeys(Persona.PASSWORD);
		this.driver.findElement(By.id("kc-login")).click();
		waitFor(By.cssSelector("[data-test=caller]"));
		return this;
	}

	/** Opens a screen of the console by its route, e.g. {@code #/ledgers}. */
	public ConsoleBrowser open(String route) {
		this.driver.get(this.console + route);
		return this;
	}

	public WebElement waitFor(By locator) {
		return new WebDriverWait(this.driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	/** Waits until the screen is done loading (no loading state left), then finds {@code locator}. */
	public WebElement loaded(By locator) {
		new WebDriverWait(this.driver, WAIT).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[data-test=loading]")));
		return waitFor(locator);
	}

	public List<WebElement> findAll(By locator) {
		return this.driver.findElements(locator);
	}

	public String currentUrl() {
		return this.driver.getCurrentUrl();
	}

	public Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	public void resize(int width, int height) {
		this.driver.manage().window().setSize(new Dimension(width, height));
	}

	/** The first file to arrive in the browser's download folder, once complete. */
	public Path awaitDownload() {
		return new WebDriverWait(this.driver, WAIT).until((driver) -> {
			try (var files = Files.list(this.downloads)) {
				return files.filter((file) -> !file.toString().endsWith(".crdownload")).findFirst().orElse(null);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/** What the page wrote to the browser's console (Content-Security-Policy violations land here). */
	public List<String> consoleMessages() {
		return this.driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
	}

	/**
	 * Saves a screenshot of the page to {@code docs/console/<name>.png} when asked to
	 * ({@code -Dconsole.screenshots=true}), so that the pictures of README follow the console.
	 */
	public void screenshot(String name) {
		if (!Boolean.getBoolean("console.screenshots")) {
			return;
		}
		try {
			Path target = Path.of("docs", "console", name + ".png");
			Files.createDirectories(target.getParent());
			Files.write(target, this.driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.driver.quit();
		try {
			FileSystemUtils.deleteRecursively(this.profile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
