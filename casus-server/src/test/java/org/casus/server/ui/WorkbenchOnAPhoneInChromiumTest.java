package org.casus.server.ui;

/** The same walks (check, simulate, record, import, design, accounts) on a phone's screen. */
class WorkbenchOnAPhoneInChromiumTest extends WorkbenchInChromiumTest implements OnAPhone {
}
