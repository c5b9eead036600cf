package org.prisonsync.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * With auth on, the console is behind exactly the API's roles: the page loads without a token (it holds no data),
 * every panel's call needs the token the operator pastes, a token without the panel's role is refused, and the
 * embedded simulator issues the tokens.
 */
class ConsoleAuthBrowserIT {
    @TempDir
    static Path data;
    static PrisonSyncService service;
    static HeadlessChromium browser;
    static String console;

    @BeforeAll
    static void start() {
        browser = HeadlessChromium.start();
        Map<String, String> env = ServiceFixture.embeddedEnv(data);
        env.put("AUTH_ENABLED", "true");
        service = PrisonSyncService.start(ServiceConfig.from(env));
        console = "http://127.0.0.1:" + service.port() + "/console";
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (service != null) {
            service.close();
        }
    }

    @Test
    void everyPanelNeedsAPastedTokenWithItsRole() throws Exception {
        browser.open(console + "#trail/A1234BC");
        assertThat(browser.awaitElement("#token-hint").getText())
                .contains(service.simulator().orElseThrow().tokenUrl());
        assertThat(browser.awaitElement("#notice").getText()).contains("needs a bearer token", "HTTP 401");
        assertThat(browser.driver().findElements(By.cssSelector("#trail-result table"))).isEmpty();

        useToken(token("ROLE_SYSCON__QUEUE_ADMIN"));
        assertThat(browser.awaitElement("#notice").getText()).contains("may not do this", "HTTP 403",
                "ROLE_DPS_RECONCILIATION__RW");

        useToken(token("ROLE_DPS_RECONCILIATION__RW"));
        browser.awaitText("0 event(s) for A1234BC");
        assertThat(browser.driver().findElement(By.id("notice")).isDisplayed()).isFalse();
        browser.screenshot("auth-trail");
    }

    private static void useToken(String token) {
        WebElement box = browser.awaitElement("#token");
        box.clear();
        box.sendKeys(token);
        browser.click("#token-form button[type='submit']");
    }

    private static String token(String roles) {
        return ServiceFixture.simulatorToken(service, roles);
    }
}
