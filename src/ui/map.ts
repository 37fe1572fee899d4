import L from 'leaflet';
import Supercluster, { type ClusterProperties } from 'supercluster';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Point } from './api.js';
import { colourOf, PRECISION_LABEL } from './state.js';

type Props = { i: number };

/**
 * The incident map: Natural Earth countries (world-atlas, served by casus) as the only base
 * layer, so it works offline; coarse borders at world scale, detailed ones once zoomed in.
 * Points are clustered with supercluster and only what is in view is drawn, so 10,000
 * incidents cost no more than a few hundred markers. Precision is drawn honestly: a filled dot
 * is the place itself, a hollow ring is near a named place, a dashed area is a region or
 * country, never a pin.
 */
export class IncidentMap {
  private readonly map: L.Map;
  private readonly layer = L.layerGroup();
  private points: readonly Point[] = [];
  private index = new Supercluster<Props, Props>({ radius: 48, maxZoom: 9 });
  private fitted = false;
  private detailed = false;

  constructor(
    el: HTMLElement,
    private readonly onOpen: (id: string) => void,
  ) {
    this.map = L.map(el, { worldCopyJump: true, minZoom: 1, maxZoom: 13, zoomSnap: 0.5, keyboard: true });
    this.map.attributionControl.setPrefix(false).addAttribution('Borders: Natural Earth');
    // Borders below everything else, whenever they arrive.
    this.map.createPane('base').style.zIndex = '150';
    this.map.setView([25, 30], 2);
    this.layer.addTo(this.map);
    this.legend().addTo(this.map);
    this.map.on('moveend', () => {
      this.render();
      if (!this.detailed && this.map.getZoom() >= 4) void this.loadBase('/countries-50m.json');
    });
  }

  /** Borders from a world-atlas TopoJSON file; the detailed file replaces the coarse one. */
  async loadBase(url = '/countries-110m.json'): Promise<void> {
    if (url.includes('50m')) this.detailed = true;
    const topo = (await (await fetch(url)).json()) as Topology<{ countries: GeometryCollection }>;
    const layer = L.geoJSON(feature(topo, topo.objects.countries), {
      pane: 'base',
      interactive: false,
      style: { color: '#a9b2bd', weight: 0.6, fillColor: '#f3f1ec', fillOpacity: 1 },
    });
    this.map.eachLayer((l) => {
      if (l instanceof L.GeoJSON && l.options.pane === 'base') this.map.removeLayer(l);
    });
    layer.addTo(this.map);
  }

  show(points: readonly Point[]): void {
    this.points = points;
    this.index = new Supercluster<Props, Props>({ radius: 48, maxZoom: 9 });
    this.index.load(
      points.map((p, i) => ({
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [p.lon, p.lat] },
        properties: { i },
      })),
    );
    if (!this.fitted && points.length) {
      this.fitted = true;
      const b = L.latLngBounds(points.map((p) => [p.lat, p.lon] as [number, number]));
      this.map.fitBounds(b.pad(0.2), { maxZoom: 5, animate: false });
    }
    this.render();
  }

  invalidate(): void {
    this.map.invalidateSize();
  }

  private render(): void {
    this.layer.clearLayers();
    if (this.points.length === 0) return;
    const b = this.map.getBounds();
    const bbox: [number, number, number, number] = [
      Math.max(-180, b.getWest()),
      Math.max(-85, b.getSouth()),
      Math.min(180, b.getEast()),
      Math.min(85, b.getNorth()),
    ];
    const zoom = Math.floor(this.map.getZoom());
    for (const f of this.index.getClusters(bbox, zoom)) {
      const [lon, lat] = f.geometry.coordinates as [number, number];
      const props = f.properties as Partial<ClusterProperties> & Partial<Props>;
      if (props.cluster) this.layer.addLayer(this.cluster(lat, lon, props.point_count ?? 0, Number(f.id)));
      else this.layer.addLayer(this.marker(this.points[props.i!]!));
    }
  }

  private cluster(lat: number, lon: number, n: number, id: number): L.Layer {
    const size = n < 10 ? 28 : n < 100 ? 34 : n < 1000 ? 42 : 50;
    const div = document.createElement('div');
    div.textContent = n >= 10000 ? `${Math.round(n / 1000)}k` : String(n);
    const m = L.marker([lat, lon], {
      icon: L.divIcon({ html: div, className: 'cluster', iconSize: [size, size] }),
      title: `${n} incidents`,
      keyboard: true,
    });
    m.on('click', () => {
      const z = Math.min(this.index.getClusterExpansionZoom(id), 13);
      this.map.setView([lat, lon], z);
    });
    return m;
  }

  private marker(p: Point): L.Layer {
    const colour = colourOf(p.plover);
    const title = `${p.date ?? 'undated'} · ${p.plover}${p.fatalities ? ` · ${p.fatalities} killed` : ''} · ${PRECISION_LABEL[p.precision] ?? ''}`;
    let layer: L.Path;
    if (p.precision >= 3) {
      // An area, not a point: a dashed circle of roughly province size, no centre dot.
      layer = L.circle([p.lat, p.lon], {
        radius: 80_000,
        color: colour,
        weight: 1.5,
        dashArray: '4 4',
        fillOpacity: 0.06,
        className: `incident area p3 t-${p.plover}`,
      });
    } else {
      const radius = 5 + Math.min(14, 2.2 * Math.sqrt(p.fatalities ?? 0)) + Math.min(4, p.claims - 1);
      layer = L.circleMarker([p.lat, p.lon], {
        radius,
        color: colour,
        weight: p.precision === 1 ? 1 : 2.5,
        fillColor: colour,
        fillOpacity: p.precision === 1 ? 0.8 : 0.08,
        className: `incident p${p.precision} t-${p.plover}${p.disputed ? ' disputed' : ''}`,
      });
    }
    layer.bindTooltip(title);
    layer.on('click', () => this.onOpen(p.id));
    return layer;
  }

  private legend(): L.Control {
    const c = new L.Control({ position: 'bottomleft' });
    c.onAdd = () => {
      const div = L.DomUtil.create('div', 'legend');
      const row = (cls: string, text: string) => {
        const r = document.createElement('div');
        const sw = document.createElement('span');
        sw.className = `sw ${cls}`;
        r.append(sw, document.createTextNode(text));
        div.append(r);
      };
      row('sw-p1', 'place itself');
      row('sw-p2', 'near a named place');
      row('sw-p3', 'region / country');
      return div;
    };
    return c;
  }
}
