from tests.factories.content import InfoPageFactory, ThemePageFactory


def test_home_shows_the_first_two_pages_of_each_theme(client, home_page):
    for name in ("Geld", "Wonen"):
        theme = ThemePageFactory(parent=home_page, title=name, slug=name.lower())
        for n in range(1, 5):
            InfoPageFactory(parent=theme, title=f"{name} pagina {n}", slug=f"p{n}")
    html = client.get("/").content.decode()
    for name in ("Geld", "Wonen"):
        assert f"{name} pagina 1" in html and f"{name} pagina 2" in html
        assert f"{name} pagina 3" not in html and f"{name} pagina 4" not in html
