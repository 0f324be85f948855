from django.urls import path

from feedback import views

# No namespace: the form on every reading page (templates/components/) names it.
urlpatterns = [
    path("", views.page_feedback, name="page_feedback"),
]
