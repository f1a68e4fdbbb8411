package org.casus.server.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.Dimension;

/**
 * A browser test class run again on a phone's screen (390 x 844): each of its tests ends on a page no
 * wider than the screen.
 */
interface OnAPhone {
    @BeforeAll
    static void onAPhone() {
        InChromium.browser.manage().window().setSize(new Dimension(390, 844));
    }

    @AfterEach
    default void fitsThePhone() {
        InChromium.assertFitsThePhone();
    }
}
