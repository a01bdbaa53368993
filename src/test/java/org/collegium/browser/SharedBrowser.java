package org.collegium.browser;

import java.io.IOException;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * One Chromium for all the tests of a class (each start costs seconds), opened on the class's running application
 * and closed after its last test. Every test starts signed out.
 */
final class SharedBrowser implements BeforeEachCallback, AfterAllCallback {

    private Browser browser;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        if (browser == null) {
            Integer port = SpringExtension.getApplicationContext(context).getEnvironment()
                    .getProperty("local.server.port", Integer.class);
            browser = Browser.open(port);
        }
        browser.signOut();
    }

    /** The class's browser, signed out at the start of each test. */
    Browser get() {
        return browser;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
