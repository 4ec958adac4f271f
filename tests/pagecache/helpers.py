def stored(client, url):
    """The page's HTML once the page cache holds it (the second read is a hit)."""
    client.get(url)
    response = client.get(url)
    assert response["X-Cache"] == "HIT", url
    return response.content.decode()


def fresh(client, url):
    """The page as it is read right after a change: rendered again, not the stored copy."""
    response = client.get(url)
    assert response["X-Cache"] == "MISS", url
    return response.content.decode()
