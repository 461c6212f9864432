#!/usr/bin/python3
"""Signs each demo user in through Swagger UI's OIDC button (authorization code + PKCE) and calls
GET /api/v1/me and GET /api/v1/clients from Swagger UI, in headless Chromium.

Dev mode (`./mvnw quarkus:dev` up; the dev OIDC server's login page lists the users):
    /usr/bin/python3 src/test/browser/swagger_ui_login.py
Production mode against the Keycloak realm of docker/keycloak (username/password form, password "demo"):
    /usr/bin/python3 src/test/browser/swagger_ui_login.py http://localhost:8080 keycloak
Needs Debian's chromium, chromium-driver and python3-selenium.
"""
import json
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
KEYCLOAK = len(sys.argv) > 2 and sys.argv[2] == "keycloak"
USERS = {"maya": "therapist", "jordan": "child-life-specialist", "sam": "supervisor"}
if not KEYCLOAK:
    USERS["hospital"] = "integration"  # in Keycloak the integration is a service account, not a person


def browser():
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--window-size=1400,1000"):
        options.add_argument(flag)
    options.binary_location = "/usr/bin/chromium"
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def try_operation(driver, wait, operation_id):
    """Expands an operation, presses Try it out and Execute; returns (status, body) shown by Swagger UI."""
    block = wait.until(EC.presence_of_element_located((By.ID, f"operations-{tag_of[operation_id]}-{operation_id}")))
    block.find_element(By.CSS_SELECTOR, ".opblock-summary").click()
    wait.until(lambda d: block.find_elements(By.CSS_SELECTOR, ".try-out__btn"))[0].click()
    wait.until(lambda d: block.find_elements(By.CSS_SELECTOR, ".execute"))[0].click()
    status = wait.until(lambda d: block.find_elements(By.CSS_SELECTOR, ".live-responses-table tr.response .response-col_status"))[0]
    body = block.find_element(By.CSS_SELECTOR, ".live-responses-table .response-col_description pre").text
    return status.text.strip(), body


tag_of = {"getMe": "Staff", "listClients": "Clients"}


def sign_in_and_call(user):
    driver = browser()
    wait = WebDriverWait(driver, 60)
    try:
        driver.get(BASE + "/q/swagger-ui/")
        wait.until(EC.element_to_be_clickable((By.CSS_SELECTOR, "button.authorize"))).click()
        # The OIDC scheme's form: tick the scopes and press its Authorize button.
        form = wait.until(lambda d: [f for f in d.find_elements(By.CSS_SELECTOR, ".auth-container")
                                     if "oidc" in f.text and f.find_elements(By.CSS_SELECTOR, "button.authorize")])[0]
        for checkbox in form.find_elements(By.CSS_SELECTOR, "input[type=checkbox]"):
            scope = checkbox.get_attribute("data-value")
            if scope in ("openid", "profile", "email") and not checkbox.is_selected():
                driver.execute_script("arguments[0].click()", checkbox)
        main_window = driver.current_window_handle
        form.find_element(By.CSS_SELECTOR, "button.authorize").click()
        wait.until(lambda d: len(d.window_handles) > 1)
        driver.switch_to.window([h for h in driver.window_handles if h != main_window][0])
        if KEYCLOAK:
            wait.until(EC.element_to_be_clickable((By.ID, "username"))).send_keys(user)
            driver.find_element(By.ID, "password").send_keys("demo")
            driver.find_element(By.ID, "kc-login").click()
        else:
            wait.until(EC.element_to_be_clickable((By.CSS_SELECTOR, f"button[value='{user}']"))).click()
        wait.until(lambda d: len(d.window_handles) == 1)
        driver.switch_to.window(main_window)
        wait.until(lambda d: "Authorized" in form.text)
        driver.find_element(By.CSS_SELECTOR, ".modal-ux .close-modal").click()

        status, body = try_operation(driver, wait, "getMe")
        me = json.loads(body)
        clients_status, clients = try_operation(driver, wait, "listClients")
        return status, me.get("roles"), clients_status, len(json.loads(clients)["items"])
    finally:
        driver.quit()


failures = 0
for user, role in USERS.items():
    status, roles, clients_status, client_count = sign_in_and_call(user)
    ok = status == "200" and roles == [role] and clients_status == "200"
    failures += not ok
    print(f"{user:9} GET /me {status} roles={roles}  GET /clients {clients_status} items={client_count}  {'ok' if ok else 'FAILED'}")
sys.exit(1 if failures else 0)
