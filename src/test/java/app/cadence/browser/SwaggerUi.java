package app.cadence.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Swagger UI as a person uses it: open the page once, press Authorize, sign in through the
 * "oidc" scheme (authorization code + PKCE, in the window the identity provider opens), then
 * "Try it out" on an operation and read the response the page shows.
 */
public final class SwaggerUi implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Set<String> SCOPES = Set.of("openid", "profile", "email");

    /** What Swagger UI shows for an executed request. */
    public record Shown(String status, String body) {
    }

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String screenshotPrefix;
    private int screenshots;

    private SwaggerUi(ChromeDriver driver, String screenshotPrefix) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        this.screenshotPrefix = screenshotPrefix;
    }

    /** Loads Swagger UI once, in a new browser; no reload follows. */
    public static SwaggerUi open(String baseUrl, String screenshotPrefix) throws IOException {
        SwaggerUi ui = new SwaggerUi(Chromium.start(), screenshotPrefix);
        try {
            ui.driver.get(baseUrl + "/q/swagger-ui/");
            ui.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.authorize")));
        } catch (RuntimeException e) {
            ui.close();
            throw e;
        }
        return ui;
    }

    /** The names of the security schemes the Authorize dialog offers, opened as soon as the button is clickable. */
    public List<String> openAuthorizeDialog() {
        driver.findElement(By.cssSelector("button.authorize")).click();
        List<WebElement> schemes = wait.until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(".modal-ux .auth-container h4"));
            return found.isEmpty() ? null : found;
        });
        return schemes.stream().map(h -> h.getText().replaceAll("\\s*\\(.*", "").strip()).toList();
    }

    /**
     * Signs in through the oidc scheme of the open Authorize dialog: ticks the scopes, presses its
     * Authorize button, lets {@code login} work the identity provider's page, and waits until
     * Swagger UI shows the scheme as authorized.
     */
    public void signInWithOidc(Consumer<WebDriver> login) throws IOException {
        WebElement form = scheme("oidc");
        for (WebElement checkbox : form.findElements(By.cssSelector("input[type=checkbox]"))) {
            if (SCOPES.contains(checkbox.getAttribute("data-value")) && !checkbox.isSelected()) {
                driver.executeScript("arguments[0].click()", checkbox);
            }
        }
        screenshot("authorize-dialog");
        String main = driver.getWindowHandle();
        form.findElement(By.cssSelector("button.authorize")).click();
        wait.until(d -> d.getWindowHandles().size() > 1);
        driver.switchTo().window(driver.getWindowHandles().stream().filter(h -> !h.equals(main)).findFirst().orElseThrow());
        screenshot("identity-provider");
        login.accept(driver);
        wait.until(d -> d.getWindowHandles().size() == 1);
        driver.switchTo().window(main);
        wait.until(d -> form.getText().contains("Authorized"));
        screenshot("authorized");
        driver.findElement(By.cssSelector(".modal-ux .close-modal")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-ux")));
    }

    /** Pastes a token obtained elsewhere into the bearer scheme of the open Authorize dialog, as a hospital system's operator would. */
    public void signInWithBearer(String token) throws IOException {
        WebElement form = scheme("bearer");
        form.findElement(By.cssSelector("input[type=text]")).sendKeys(token);
        form.findElement(By.cssSelector("button.authorize")).click();
        wait.until(d -> form.getText().contains("Authorized"));
        screenshot("authorized");
        driver.findElement(By.cssSelector(".modal-ux .close-modal")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-ux")));
    }

    /** The open Authorize dialog's form of one security scheme, found by the name in its heading. */
    private WebElement scheme(String name) {
        return wait.until(d -> d.findElements(By.cssSelector(".modal-ux .auth-container")).stream()
                .filter(f -> f.findElements(By.cssSelector("h4")).stream().anyMatch(h -> h.getText().startsWith(name + " ")))
                .findFirst().orElse(null));
    }

    /** Expands the operation, presses Try it out and Execute, and returns what the page shows. */
    public Shown tryItOut(String tag, String operationId) throws IOException {
        WebElement block = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.id("operations-" + tag + "-" + operationId)));
        block.findElement(By.cssSelector(".opblock-summary")).click();
        wait.until(d -> block.findElements(By.cssSelector(".try-out__btn")).stream().findFirst().orElse(null)).click();
        wait.until(d -> block.findElements(By.cssSelector(".execute")).stream().findFirst().orElse(null)).click();
        WebElement status = wait.until(d -> block.findElements(
                By.cssSelector(".live-responses-table tr.response .response-col_status")).stream().findFirst().orElse(null));
        WebElement body = block.findElement(By.cssSelector(".live-responses-table .response-col_description pre"));
        driver.executeScript("arguments[0].scrollIntoView()", body);
        screenshot(operationId);
        return new Shown(status.getText().strip(), body.getText());
    }

    public void screenshot(String what) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path taken = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(taken, SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", screenshotPrefix, ++screenshots, what)),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
