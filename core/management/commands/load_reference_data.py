from django.core.management.base import BaseCommand

from core.reference_data import reference_data_load


class Command(BaseCommand):
    help = "Load Dutch municipalities and PC4 postcode areas (GeoNames, CC BY 4.0)."

    def handle(self, *args, **options):
        municipalities, areas = reference_data_load()
        self.stdout.write(f"{municipalities} gemeenten, {areas} postcodegebieden.")
