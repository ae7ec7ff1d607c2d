"""One error shape for the API, plain error pages for people, security headers on every response."""

from __future__ import annotations

from flask import Flask, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from search_app.index import IndexUnavailable

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


class ApiError(Exception):
    """An error the API reports as ``{"error": {"code", "message", "param"}}``."""

    def __init__(self, status: int, code: str, message: str, param: str | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.param = status, code, message, param


def error_response(status: int, code: str, message: str, param: str | None = None):
    """The API's single error shape."""
    return jsonify({"error": {"code": code, "message": message, "param": param}}), status


def init_app(app: Flask) -> None:
    app.register_error_handler(ApiError, lambda e: error_response(e.status, e.code, e.message, e.param))
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(IndexUnavailable, _index_unavailable)
    app.after_request(_security_headers)


def _wants_json() -> bool:
    return request.path.startswith("/api/")


def _http_error(error: HTTPException):
    code = (error.name or "error").lower().replace(" ", "_")
    allow = {key: value for key, value in error.get_headers() if key.lower() == "allow"}
    if _wants_json():
        body, status = error_response(error.code or 500, code, error.description or error.name)
        return body, status, allow
    page = render_template("error.html", status=error.code, title=error.name, message=error.description)
    return page, error.code, allow


def _index_unavailable(error: IndexUnavailable):
    if _wants_json():
        return error_response(503, "index_unavailable", str(error))
    return render_template("error.html", status=503, title="Index unavailable", message=str(error)), 503


def _security_headers(response):
    response.headers.setdefault("Content-Security-Policy", CSP)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    return response
