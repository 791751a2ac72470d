"""Exceptions with the names and attributes of mlflow.exceptions (fallback package)."""


class MlflowException(Exception):
    def __init__(self, message, error_code="INTERNAL_ERROR", **kwargs):
        super().__init__(message)
        self.message = str(message)
        self.error_code = error_code
        self.json_kwargs = kwargs

    def serialize_as_json(self):
        import json

        return json.dumps({"error_code": self.error_code, "message": self.message})


class RestException(MlflowException):
    """An error answered by the server, carrying its ``error_code`` and HTTP status."""

    def __init__(self, json_body, status_code=None):
        error_code = json_body.get("error_code", "INTERNAL_ERROR")
        message = json_body.get("message", "")
        super().__init__("%s: %s" % (error_code, message), error_code=error_code)
        self.json = json_body
        self.status_code = status_code
