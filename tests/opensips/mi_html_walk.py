#!/usr/bin/python3
"""Runs MI commands from OpenSIPS's mi_html pages in a real headless Chromium, as an operator
does in a browser: open /mi, follow the module's link, then the command's, type the parameters
(a JSON array, or nothing) into the form, submit, and read the page that answers.

Usage: mi_html_walk.py WEBDRIVER_URL BASE_URL PROFILE_DIR MODULE COMMAND ARG [MODULE COMMAND ARG ...]

WEBDRIVER_URL is a chromedriver the caller started (and stops); BASE_URL is mi_html's server,
e.g. http://127.0.0.1:8888. For each command it prints two lines:
    submitted MODULE COMMAND: URL          (the URL the form's submission loaded)
    page: TEXT                             (the page's text, white space made single spaces)
Exits non-zero when a link or the form is missing. Debian's python3-selenium, run by
tests/opensips_worked_example.rs.
"""

import sys

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait


def main():
    driver_url, base, profile = sys.argv[1:4]
    steps = sys.argv[4:]
    if not steps or len(steps) % 3:
        sys.exit(__doc__)
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-extensions", "--user-data-dir=" + profile):
        options.add_argument(arg)
    browser = webdriver.Remote(command_executor=driver_url, options=options)
    try:
        for module, command, arg in zip(steps[0::3], steps[1::3], steps[2::3]):
            browser.get(base + "/mi")
            browser.find_element(By.LINK_TEXT, module).click()
            browser.find_element(By.LINK_TEXT, command).click()
            field = browser.find_element(By.NAME, "arg")
            field.clear()
            field.send_keys(arg)
            form_page = browser.current_url
            browser.find_element(By.CSS_SELECTOR, "input[type=submit]").click()
            WebDriverWait(browser, 10).until(lambda b: b.current_url != form_page)
            text = browser.find_element(By.TAG_NAME, "body").text
            print(f"submitted {module} {command}: {browser.current_url}", flush=True)
            print("page: " + " ".join(text.split()), flush=True)
    finally:
        browser.quit()


if __name__ == "__main__":
    main()
