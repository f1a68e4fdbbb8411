package org.casus.server.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.Dimension;

/**
 * The same analyst and viewer tasks, walked on a phone's screen (390 x 844), each ending on a page no
 * wider than the screen.
 */
class WorkbenchTasksOnAPhoneInChromiumTest extends WorkbenchTasksInChromiumTest {
    @BeforeAll
    static void onAPhone() {
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    @AfterEach
    void fits() {
        assertFitsThePhone();
    }
}
