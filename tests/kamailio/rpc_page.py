#!/usr/bin/python3
"""Drives a real headless Chromium through Kamailio's xhttp_rpc page, as an operator would.

Usage: rpc_page.py WEBDRIVER_URL PAGE_URL PROFILE_DIR METHOD...

Connects to the chromedriver at WEBDRIVER_URL (the test starts it, and stops it by its pid),
opens PAGE_URL (http://127.0.0.1:PORT/rpc/), and for each METHOD follows the link of its module
("memcached"), then the method's own link, submits the method's form with no argument, and prints
"== METHOD" followed by the reply the page shows (the text of its <pre>). Exits non-zero, saying
why on standard error, when a link, the form or the reply is missing.
"""

import sys

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait


def main():
    driver_url, page_url, profile = sys.argv[1:4]
    methods = sys.argv[4:]
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    # As root in a container: no sandbox; /dev/shm may be small.
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                "--disable-gpu", "--user-data-dir=" + profile):
        options.add_argument(arg)
    driver = webdriver.Remote(command_executor=driver_url, options=options)
    try:
        wait = WebDriverWait(driver, 10)
        for method in methods:
            module = method.split(".")[0]
            driver.get(page_url)
            # Each click waits for the page it leads to, so that nothing is looked up on the
            # page being left.
            wait.until(EC.element_to_be_clickable((By.LINK_TEXT, module))).click()
            wait.until(EC.url_contains("/" + module))
            wait.until(EC.element_to_be_clickable((By.LINK_TEXT, method))).click()
            wait.until(EC.url_contains("/" + method))
            submit = (By.CSS_SELECTOR, "form input[type=submit]")
            wait.until(EC.element_to_be_clickable(submit)).click()
            wait.until(EC.url_contains("?arg="))
            reply = wait.until(EC.presence_of_element_located((By.TAG_NAME, "pre")))
            print("== " + method)
            print(reply.text)
            print("== url " + driver.current_url)
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
